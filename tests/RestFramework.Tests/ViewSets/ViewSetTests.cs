using Microsoft.AspNetCore.Builder;
using RestFramework.Routers;
using RestFramework.Testing;

namespace RestFramework.Tests.ViewSets;

public sealed class ViewSetTests
{
    private static Task<ApiTestHost> StartAsync() => ApiTestHost.StartAsync(e => e.MapRouter("api", new SimpleRouter()
        .Register<QuestionViewSet>("questions", "question")
        .Register<NoDestroyViewSet>("drafts", "draft")
        .Register<ListOnlyByPermissionViewSet>("feeds", "feed")));

    [Theory]
    [InlineData("GET", "/api/questions/", "list", false)]
    [InlineData("POST", "/api/questions/", "create", false)]
    [InlineData("GET", "/api/questions/1/", "retrieve", true)]
    [InlineData("PUT", "/api/questions/1/", "update", true)]
    [InlineData("PATCH", "/api/questions/1/", "partial_update", true)]
    [InlineData("DELETE", "/api/questions/1/", "destroy", true)]
    [InlineData("POST", "/api/questions/1/set_age/", "set_age", true)]
    [InlineData("GET", "/api/questions/recent_ones/", "recent_ones", false)]
    [InlineData("GET", "/api/questions/by-tag/python/", "by_tag", false)]
    [InlineData("GET", "/api/questions/example/", "example", false)]
    [InlineData("POST", "/api/questions/example/", "create_example", false)]
    [InlineData("DELETE", "/api/questions/example/", "create_example", false)]
    [InlineData("GET", "/api/questions/1/history/", "history", true)]
    public async Task Methods_are_routed_to_actions(string method, string path, string action, bool detail)
    {
        await using var host = await StartAsync();
        using var client = host.CreateClient();

        var response = await client.SendAsync(new HttpMethod(method), path, null);

        Assert.Equal(200, response.StatusCode);
        var json = response.Json()!;
        Assert.Equal(action, (string?)json["action"]);
        Assert.Equal(detail, (bool?)json["detail"]);
        Assert.Equal("question", (string?)json["basename"]);
    }

    [Fact]
    public async Task Route_values_reach_the_action()
    {
        await using var host = await StartAsync();
        using var client = host.CreateClient();

        var detail = await client.GetAsync("/api/questions/42/");
        var tagged = await client.GetAsync("/api/questions/by-tag/python/");

        Assert.Equal("42", (string?)detail.Json()!["kwargs"]!["pk"]);
        Assert.Equal("python", (string?)tagged.Json()!["kwargs"]!["tag"]);
    }

    [Fact]
    public async Task Head_runs_the_get_action_without_a_body()
    {
        await using var host = await StartAsync();
        using var client = host.CreateClient();

        var response = await client.HeadAsync("/api/questions/");

        Assert.Equal(200, response.StatusCode);
        Assert.Empty(response.Content);
    }

    [Theory]
    [InlineData("/api/questions/", "GET, POST, HEAD, OPTIONS")]
    [InlineData("/api/questions/1/", "GET, PUT, PATCH, DELETE, HEAD, OPTIONS")]
    [InlineData("/api/questions/1/set_age/", "POST, OPTIONS")]
    [InlineData("/api/questions/recent_ones/", "GET, HEAD, OPTIONS")]
    [InlineData("/api/questions/example/", "GET, POST, DELETE, HEAD, OPTIONS")]
    [InlineData("/api/drafts/", "GET, HEAD, OPTIONS")]
    [InlineData("/api/drafts/1/", "GET, PUT, PATCH, HEAD, OPTIONS")]
    public async Task Allow_lists_the_methods_of_the_route_in_drf_order(string path, string allow)
    {
        await using var host = await StartAsync();
        using var client = host.CreateClient();

        var response = await client.OptionsAsync(path);

        Assert.Equal(200, response.StatusCode);
        Assert.Equal(allow, response.Header("Allow"));
    }

    [Theory]
    [InlineData("DELETE", "/api/drafts/1/", "GET, PUT, PATCH, HEAD, OPTIONS")]
    [InlineData("POST", "/api/drafts/", "GET, HEAD, OPTIONS")]
    [InlineData("GET", "/api/questions/1/set_age/", "POST, OPTIONS")]
    [InlineData("PUT", "/api/questions/", "GET, POST, HEAD, OPTIONS")]
    public async Task Unmapped_methods_get_405_with_the_routes_allow(string method, string path, string allow)
    {
        await using var host = await StartAsync();
        using var client = host.CreateClient();

        var response = await client.SendAsync(new HttpMethod(method), path, null);

        Assert.Equal(405, response.StatusCode);
        Assert.Equal($"{{\"detail\":\"Method \\\"{method}\\\" not allowed.\"}}", response.Text);
        Assert.Equal(allow, response.Header("Allow"));
    }

    [Theory]
    [InlineData("/api/questions/", "Question List", "")]
    [InlineData("/api/questions/1/", "Question Instance", "")]
    [InlineData("/api/questions/1/set_age/", "Set age", "")]
    [InlineData("/api/questions/recent_ones/", "Recent ones", "")]
    [InlineData("/api/questions/by-tag/python/", "Tagged questions", "")]
    [InlineData("/api/questions/1/history/", "Question History", "Past answers.")]
    [InlineData("/api/drafts/", "No Destroy List", "")]
    public async Task Options_names_the_view_as_drf(string path, string name, string description)
    {
        await using var host = await StartAsync();
        using var client = host.CreateClient();

        var json = (await client.OptionsAsync(path)).Json()!;

        Assert.Equal(name, (string?)json["name"]);
        Assert.Equal(description, (string?)json["description"]);
    }

    [Fact]
    public async Task Extra_action_permission_types_replace_the_viewsets()
    {
        await using var host = await StartAsync();
        using var client = host.CreateClient();

        var locked = await client.GetAsync("/api/questions/1/locked/");
        var open = await client.GetAsync("/api/questions/1/");

        Assert.Equal(403, locked.StatusCode);
        Assert.Equal("{\"detail\":\"Custom deny.\"}", locked.Text);
        Assert.Equal(200, open.StatusCode);
    }

    [Theory]
    [InlineData("GET", "/api/feeds/", 200)]
    [InlineData("OPTIONS", "/api/feeds/", 200)]
    [InlineData("POST", "/api/feeds/", 403)]
    [InlineData("POST", "/api/feeds/publish/", 200)]
    public async Task Permissions_see_the_action_of_the_request(string method, string path, int status)
    {
        await using var host = await StartAsync();
        using var client = host.CreateClient();

        var response = await client.SendAsync(new HttpMethod(method), path, null);

        Assert.Equal(status, response.StatusCode);
        if (status == 403)
        {
            Assert.Equal("{\"detail\":\"Only listing.\"}", response.Text);
        }
    }

    [Fact]
    public async Task Unmapped_methods_have_no_action_when_permissions_run()
    {
        await using var host = await StartAsync();
        using var client = host.CreateClient();

        // DRF checks permissions before the 405: the action is null, so OnlyListPermission refuses first.
        var response = await client.DeleteAsync("/api/feeds/");

        Assert.Equal(403, response.StatusCode);
    }
}
