// Ports Django's URL matching where ASP.NET Core routing is laxer: literals compared case-sensitively, dot segments kept.
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Routing;
using Microsoft.AspNetCore.Routing.Patterns;
using RestFramework.Views;

namespace RestFramework.Tests.Views;

public sealed class PathMatchTests
{
    // Whether Django's resolver matches the path the request reached the route with (false: 404).
    [Theory]
    [InlineData("api/{version}/questions/{pk}/", "/api/v1/questions/1/", true)]
    [InlineData("api/{version}/questions/{pk}/", "/api/V9/questions/Abc/", true)]
    [InlineData("api/{version}/questions/{pk}/", "/api/v1/Questions/1/", false)]
    [InlineData("api/{version}/questions/{pk}/", "/API/v1/questions/1/", false)]
    [InlineData("api/{version}/questions/", "/api/v1/questions", true)]
    [InlineData("api/{version}/questions.{format}", "/api/v1/questions.json", true)]
    [InlineData("api/{version}/questions.{format}", "/api/v1/QUESTIONS.json", false)]
    [InlineData("api/{version}/.{format}", "/api/v1/.json", true)]
    [InlineData("api/{version}/questions/{pk}.{format}", "/api/v1/questions/1.json", true)]
    public void Route_literals_are_case_sensitive(string template, string path, bool fits)
    {
        var context = new DefaultHttpContext();
        context.Request.Path = path;
        context.SetEndpoint(new RouteEndpoint(_ => Task.CompletedTask, RoutePatternFactory.Parse(template), 0, null, null));

        Assert.Equal(fits, PathMatch.Fits(context));
    }

    // Kestrel removes "." and ".." segments before routing; Django sees them and matches nothing.
    [Theory]
    [InlineData("/api/v1/questions/", true)]
    [InlineData("/api/v1/questions/?q=/../", true)]
    [InlineData("/api/v1/questions/../topics/", false)]
    [InlineData("/api/v1/./questions/", false)]
    [InlineData("/api/v1/questions/1/..", false)]
    [InlineData("/api/v1/questions/1/.", false)]
    [InlineData("/api/v1/questions/%2e%2E/", false)]
    [InlineData("/api/v1/topics/.%2e", false)]
    [InlineData("/api/v1/topics/.../", true)]
    [InlineData("/api/v1/topics/a.b/", true)]
    [InlineData("", true)]
    public void Dot_segments_in_the_raw_target_match_no_route(string rawTarget, bool fits)
    {
        var context = new DefaultHttpContext();
        context.Features.Get<IHttpRequestFeature>()!.RawTarget = rawTarget;

        Assert.Equal(fits, PathMatch.Fits(context));
    }
}
