using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using RestFramework.Routers;
using RestFramework.Testing;
using RestFramework.Tests.ViewSets;

namespace RestFramework.Tests.Routers;

public sealed class SimpleRouterTests
{
    private static SimpleRouter Router(bool trailingSlash = true) => new SimpleRouter(trailingSlash)
        .Register<QuestionViewSet>("questions", "question")
        .Register<TagViewSet>("tags", "tag")
        .Register<UserViewSet>("users", "user")
        .Register<DetailOnlyViewSet>("singles", "single");

    private static Task<ApiTestHost> StartAsync(bool trailingSlash = true) =>
        ApiTestHost.StartAsync(e => e.MapRouter("api", Router(trailingSlash)));

    [Fact]
    public async Task Routes_are_mapped_in_drf_order_with_drf_names()
    {
        await using var host = await StartAsync();

        var names = host.Services.GetRequiredService<EndpointDataSource>().Endpoints
            .Select(e => e.Metadata.GetMetadata<IEndpointNameMetadata>()?.EndpointName).ToList();

        Assert.Equal(
        [
            "question-list", "question-tagged", "question-example", "question-recent-ones", "question-detail",
            "question-history", "question-locked", "question-set-age",
            "tag-list", "tag-detail", "tag-usage",
            "user-detail",
            "single-detail",
        ], names);
    }

    [Theory]
    [InlineData("question-list", null, null, "/api/questions/")]
    [InlineData("question-detail", "pk", "1", "/api/questions/1/")]
    [InlineData("question-set-age", "pk", "1", "/api/questions/1/set_age/")]
    [InlineData("question-recent-ones", null, null, "/api/questions/recent_ones/")]
    [InlineData("question-tagged", "tag", "py", "/api/questions/by-tag/py/")]
    [InlineData("tag-usage", "slug", "a-b", "/api/tags/a-b/usage/")]
    [InlineData("user-detail", "name", "bob", "/api/users/bob/")]
    public async Task Route_names_reverse_to_drf_paths(string name, string? key, string? value, string path)
    {
        await using var host = await StartAsync();

        var values = key is null ? null : new RouteValueDictionary { [key] = value };

        Assert.Equal(path, Urls.Reverse(host.Services, name, values));
    }

    [Fact]
    public async Task Routes_without_an_implemented_action_are_not_mapped()
    {
        await using var host = await StartAsync();
        using var client = host.CreateClient();

        var error = Assert.Throws<NoReverseMatch>(() => Urls.Reverse(host.Services, "single-list"));
        var response = await client.GetAsync("/api/singles/");

        Assert.Equal("Reverse for 'single-list' not found. 'single-list' is not a valid view function or pattern name.", error.Message);
        Assert.Equal(404, response.StatusCode);
    }

    [Theory]
    [InlineData("/api/tags/hello-world/", 200)]
    [InlineData("/api/tags/Hello/", 404)]
    [InlineData("/api/tags/a.b/", 404)]
    [InlineData("/api/tags/a1/", 404)]
    [InlineData("/api/questions/1.2/", 404)]
    [InlineData("/api/questions/abc/", 200)]
    public async Task Lookup_values_must_match_the_whole_lookup_regex(string path, int status)
    {
        await using var host = await StartAsync();
        using var client = host.CreateClient();

        var response = await client.GetAsync(path);

        Assert.Equal(status, response.StatusCode);
    }

    [Fact]
    public async Task Lookups_use_the_url_kwarg_or_the_field()
    {
        await using var host = await StartAsync();
        using var client = host.CreateClient();

        var tag = await client.GetAsync("/api/tags/hello-world/");
        var user = await client.GetAsync("/api/users/bob/");

        Assert.Equal("hello-world", (string?)tag.Json()!["kwargs"]!["slug"]);
        Assert.Equal("bob", (string?)user.Json()!["kwargs"]!["name"]);
    }

    [Theory]
    [InlineData("/api/questions", "/api/questions/")]
    [InlineData("/api/questions/1?x=1", "/api/questions/1/?x=1")]
    [InlineData("/api/questions?page=2&page=3", "/api/questions/?page=2&page=3")]
    [InlineData("/api/questions?a=%22b%22&c=%E2%9C%93&d=%2F", "/api/questions/?a=%22b%22&c=%E2%9C%93&d=%2F")]
    [InlineData("/api/questions/caf%C3%A9", "/api/questions/caf%C3%A9/")]
    [InlineData("/api/questions/%F0%9F%98%80", "/api/questions/%F0%9F%98%80/")]
    [InlineData("/api/questions/a%22b", "/api/questions/a%22b/")]
    [InlineData("/api/questions/a%25b", "/api/questions/a%25b/")]
    [InlineData("/api/questions/a%20b", "/api/questions/a%20b/")]
    [InlineData("/api/questions/serial%69zers", "/api/questions/serializers/")]
    public async Task Paths_without_the_trailing_slash_redirect(string path, string location)
    {
        await using var host = await StartAsync();
        using var client = host.CreateClient();

        var response = await client.GetAsync(path);

        Assert.Equal(301, response.StatusCode);
        Assert.Equal(location, response.Header("Location"));
    }

    // Django decodes %2F before routing, so the path matches no route: not found rather than redirected.
    [Theory]
    [InlineData("/api/questions/a%2Fb")]
    [InlineData("/api/questions/a%2fb")]
    public async Task Paths_with_an_encoded_slash_are_not_redirected(string path)
    {
        await using var host = await StartAsync();
        using var client = host.CreateClient();

        var response = await client.GetAsync(path);

        Assert.Equal(404, response.StatusCode);
        Assert.Null(response.Header("Location"));
    }

    [Theory]
    [InlineData("/api/questions", 200)]
    [InlineData("/api/questions/", 404)]
    [InlineData("/api/questions/1", 200)]
    [InlineData("/api/questions/1/set_age", 405)]
    [InlineData("/api/questions/1/", 404)]
    public async Task Routers_without_trailing_slash_match_paths_without_it(string path, int status)
    {
        await using var host = await StartAsync(trailingSlash: false);
        using var client = host.CreateClient();

        var response = await client.GetAsync(path);

        Assert.Equal(status, response.StatusCode);
    }

    [Fact]
    public async Task Routers_without_trailing_slash_reverse_without_it()
    {
        await using var host = await StartAsync(trailingSlash: false);

        Assert.Equal("/api/questions", Urls.Reverse(host.Services, "question-list"));
        Assert.Equal("/api/questions/7/set_age", Urls.Reverse(host.Services, "question-set-age", new { pk = 7 }));
    }

    [Fact]
    public async Task Simple_routers_have_no_root_and_no_format_suffixes()
    {
        await using var host = await StartAsync();
        using var client = host.CreateClient();

        Assert.Equal(404, (await client.GetAsync("/api/")).StatusCode);
        Assert.Equal(404, (await client.GetAsync("/api/questions.json")).StatusCode);
    }

    [Fact]
    public async Task Simple_routers_cannot_reverse_with_a_format()
    {
        await using var host = await StartAsync();

        var error = Assert.Throws<NoReverseMatch>(() => Urls.Reverse(host.Services, "question-list", format: "json"));

        Assert.Equal("Reverse for 'question-list' with format 'json' not found: the route has no format suffix variant (DefaultRouter maps them).", error.Message);
    }

    [Fact]
    public async Task A_router_mounts_at_the_app_root()
    {
        await using var host = await ApiTestHost.StartAsync(e => e.MapRouter(new SimpleRouter().Register<QuestionViewSet>("questions", "question")));
        using var client = host.CreateClient();

        var response = await client.GetAsync("/questions/1/");

        Assert.Equal(200, response.StatusCode);
        Assert.Equal("/questions/1/", Urls.Reverse(host.Services, "question-detail", new { pk = 1 }));
    }

    [Fact]
    public void The_registry_keeps_registration_order()
    {
        var router = Router();

        Assert.Equal(
            [new RouterRegistration("questions", typeof(QuestionViewSet), "question"), new RouterRegistration("tags", typeof(TagViewSet), "tag")],
            router.Registry.Take(2));
    }
}
