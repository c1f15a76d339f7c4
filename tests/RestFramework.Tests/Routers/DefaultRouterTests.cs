using Microsoft.AspNetCore.Builder;
using RestFramework.Routers;
using RestFramework.Settings;
using RestFramework.Testing;
using RestFramework.Tests.ViewSets;

namespace RestFramework.Tests.Routers;

public sealed class DefaultRouterTests
{
    private static DefaultRouter Router(bool trailingSlash = true)
    {
        var router = new DefaultRouter(trailingSlash);
        router.Register<TagViewSet>("tags", "tag")
            .Register<DetailOnlyViewSet>("singles", "single")
            .Register<QuestionViewSet>("questions", "question");
        return router;
    }

    private static Task<ApiTestHost> StartAsync(DefaultRouter? router = null, Action<RestFrameworkOptions>? options = null) =>
        ApiTestHost.StartAsync(e => e.MapRouter("api", router ?? Router()), options);

    [Fact]
    public async Task The_root_lists_absolute_list_urls_in_registration_order()
    {
        await using var host = await StartAsync();
        using var client = host.CreateClient();

        var response = await client.GetAsync("/api/");

        Assert.Equal(200, response.StatusCode);
        Assert.Equal("{\"tags\":\"http://localhost/api/tags/\",\"questions\":\"http://localhost/api/questions/\"}", response.Text);
        Assert.Equal("GET, HEAD, OPTIONS", response.Header("Allow"));
    }

    [Theory]
    [InlineData("/api/.json")]
    [InlineData("/api/.json/")]
    public async Task The_root_keeps_the_format_suffix(string path)
    {
        await using var host = await StartAsync();
        using var client = host.CreateClient();

        var response = await client.GetAsync(path);

        Assert.Equal(200, response.StatusCode);
        Assert.Equal("{\"tags\":\"http://localhost/api/tags.json\",\"questions\":\"http://localhost/api/questions.json\"}", response.Text);
    }

    [Fact]
    public async Task The_root_keeps_the_format_query_parameter()
    {
        await using var host = await StartAsync();
        using var client = host.CreateClient();

        var response = await client.GetAsync("/api/?format=json");

        Assert.Equal("http://localhost/api/tags/?format=json", (string?)response.Json()!["tags"]);
    }

    [Fact]
    public async Task The_root_is_named_api_root()
    {
        await using var host = await StartAsync();
        using var client = host.CreateClient();

        var response = await client.OptionsAsync("/api/");

        Assert.Equal("Api Root", (string?)response.Json()!["name"]);
        Assert.Equal("The default basic root view for DefaultRouter", (string?)response.Json()!["description"]);
        Assert.Equal("/api/", Urls.Reverse(host.Services, "api-root"));
        Assert.Equal("/api/.json", Urls.Reverse(host.Services, "api-root", format: "json"));
    }

    [Fact]
    public async Task The_root_uses_the_default_permission_classes()
    {
        await using var host = await StartAsync(options: o => o.DefaultPermissions = [typeof(DenyAll)]);
        using var client = host.CreateClient();

        var response = await client.GetAsync("/api/");

        Assert.Equal(403, response.StatusCode);
        Assert.Equal("{\"detail\":\"Custom deny.\"}", response.Text);
    }

    [Fact]
    public async Task The_root_without_its_slash_redirects()
    {
        await using var host = await StartAsync();
        using var client = host.CreateClient();

        var response = await client.GetAsync("/api");

        Assert.Equal(301, response.StatusCode);
        Assert.Equal("/api/", response.Header("Location"));
    }

    [Fact]
    public async Task The_root_can_be_left_out()
    {
        await using var host = await StartAsync(new DefaultRouter { IncludeRootView = false }.Register<TagViewSet>("tags", "tag") as DefaultRouter);
        using var client = host.CreateClient();

        Assert.Equal(404, (await client.GetAsync("/api/")).StatusCode);
        Assert.Equal(200, (await client.GetAsync("/api/tags.json")).StatusCode);
    }

    [Theory]
    [InlineData("GET", "/api/questions.json", "list", null)]
    [InlineData("GET", "/api/questions.json/", "list", null)]
    [InlineData("POST", "/api/questions.json", "create", null)]
    [InlineData("GET", "/api/questions/1.json", "retrieve", "1")]
    [InlineData("DELETE", "/api/questions/1.json", "destroy", "1")]
    [InlineData("POST", "/api/questions/1/set_age.json", "set_age", "1")]
    [InlineData("GET", "/api/questions/recent_ones.json", "recent_ones", null)]
    [InlineData("GET", "/api/tags/a-b.json", "retrieve", null)]
    public async Task Format_suffixes_route_to_the_same_actions(string method, string path, string action, string? pk)
    {
        await using var host = await StartAsync();
        using var client = host.CreateClient();

        var response = await client.SendAsync(new HttpMethod(method), path, null);

        Assert.Equal(200, response.StatusCode);
        var json = response.Json()!;
        Assert.Equal(action, (string?)json["action"]);
        Assert.Equal("json", (string?)json["kwargs"]!["format"]);
        Assert.Equal(pk, (string?)json["kwargs"]!["pk"]);
    }

    [Theory]
    [InlineData("/api/questions.xml", 404)]
    [InlineData("/api/questions.JSON", 404)]
    [InlineData("/api/questions/1.2.json", 404)]
    public async Task Unknown_or_malformed_format_suffixes_are_not_found(string path, int status)
    {
        await using var host = await StartAsync();
        using var client = host.CreateClient();

        var response = await client.GetAsync(path);

        Assert.Equal(status, response.StatusCode);
    }

    [Fact]
    public async Task Format_routes_reverse_with_a_format()
    {
        await using var host = await StartAsync();

        Assert.Equal("/api/questions.json", Urls.Reverse(host.Services, "question-list", format: "json"));
        Assert.Equal("/api/questions/4.json", Urls.Reverse(host.Services, "question-detail", new { pk = 4 }, "json"));
        Assert.Equal("/api/questions/4/set_age.json", Urls.Reverse(host.Services, "question-set-age", new { pk = 4 }, "json"));
    }

    [Fact]
    public async Task Routers_without_trailing_slash_keep_the_root_slash()
    {
        await using var host = await StartAsync(Router(trailingSlash: false));
        using var client = host.CreateClient();

        var root = await client.GetAsync("/api/");
        var list = await client.GetAsync("/api/questions.json");

        Assert.Equal("http://localhost/api/questions", (string?)root.Json()!["questions"]);
        Assert.Equal(200, list.StatusCode);
    }
}
