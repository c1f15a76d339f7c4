using Microsoft.AspNetCore.Routing;
using RestFramework.Exceptions;
using RestFramework.Requests;
using RestFramework.Responses;
using RestFramework.Routers;
using RestFramework.Versioning;
using RestFramework.Views;
using RestFramework.ViewSets;

namespace RestFramework.Tests.Routers;

/// <summary>A URL path versioning scheme in miniature: the <c>version</c> route value, which reversal adds back.</summary>
public sealed class FakePathVersioning : IVersioningScheme
{
    public string? DetermineVersion(Request request) =>
        request.Kwargs.TryGetValue("version", out var value) && value is string version
            ? version is "v1" or "v2" ? version : throw new NotFound("Invalid version in URL path.")
            : null;

    public string PrepareReverse(Request request, string routeName, RouteValueDictionary values)
    {
        if (request.Version is not null)
        {
            values["version"] = request.Version;
        }
        return routeName;
    }
}

/// <summary>A query parameter versioning scheme in miniature: <c>?version=</c>, which reversal adds back.</summary>
public sealed class FakeQueryVersioning : IVersioningScheme
{
    public string? DetermineVersion(Request request) => request.QueryParams["version"].LastOrDefault() ?? "v1";

    public string CompleteReverse(Request request, string url) => request.Version is null ? url : url + (url.Contains('?') ? "&" : "?") + "version=" + request.Version;
}

/// <summary>Reverses the route named by <c>?name=</c> with the <c>?pk=</c> and <c>?as=</c> (format) of the request.</summary>
public sealed class ReverseView : ApiView
{
    protected override ValueTask<Response> GetAsync(Request request)
    {
        var values = request.QueryParams.TryGetValue("pk", out var pk) ? new RouteValueDictionary { ["pk"] = pk.ToString() } : null;
        try
        {
            return ValueTask.FromResult(new Response(new OrderedDictionary<string, object?>
            {
                ["url"] = Urls.Reverse(request.QueryParams["name"].ToString(), values, request, request.QueryParams["as"].LastOrDefault()),
            }));
        }
        catch (NoReverseMatch error)
        {
            return ValueTask.FromResult(new Response(new OrderedDictionary<string, object?> { ["error"] = error.Message }, 400));
        }
    }
}

/// <summary>Reverses its own routes with <c>ReverseAction</c>.</summary>
public sealed class LinkingViewSet : ViewSet
{
    protected override ValueTask<Response> ListAsync(Request request) => ValueTask.FromResult(new Response(new OrderedDictionary<string, object?>
    {
        ["list"] = ReverseAction("list"),
        ["detail"] = ReverseAction("detail", new { pk = 5 }),
        ["touch"] = ReverseAction("touch", new { pk = 5 }),
    }));

    protected override ValueTask<Response> RetrieveAsync(Request request) => ValueTask.FromResult(new Response(null, 204));

    [Action(Detail = true, Methods = ["post"])]
    public ValueTask<Response> TouchAsync(Request request) => ValueTask.FromResult(new Response(null, 204));
}
