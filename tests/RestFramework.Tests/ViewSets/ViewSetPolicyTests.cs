using Microsoft.AspNetCore.Builder;
using RestFramework.Routers;
using RestFramework.Testing;

namespace RestFramework.Tests.ViewSets;

public sealed class ViewSetPolicyTests
{
    private static Task<ApiTestHost> StartAsync() =>
        ApiTestHost.StartAsync(e => e.MapRouter("api", new SimpleRouter().Register<OverridingViewSet>("things", "thing")));

    [Theory]
    [InlineData("/api/things/", 200)]
    [InlineData("/api/things/burst/", 429)]
    [InlineData("/api/things/unthrottled/", 200)]
    public async Task Extra_actions_override_the_throttle_scope_and_classes(string path, int status)
    {
        await using var host = await StartAsync();
        using var client = host.CreateClient();

        var response = await client.GetAsync(path);

        Assert.Equal(status, response.StatusCode);
    }

    [Fact]
    public async Task Extra_actions_override_the_renderers()
    {
        await using var host = await StartAsync();
        using var client = host.CreateClient();

        var text = await client.GetAsync("/api/things/text/");
        var json = await client.GetAsync("/api/things/");

        Assert.Equal("text/plain; charset=utf-8", text.ContentType);
        Assert.Equal("plain", text.Text);
        Assert.Equal("application/json", json.ContentType);
    }

    [Fact]
    public async Task Extra_actions_override_the_parsers()
    {
        await using var host = await StartAsync();
        using var client = host.CreateClient();

        var json = await client.PostAsync("/api/things/json_only/", new { a = 1 });
        var form = await client.PostAsync("/api/things/json_only/", new { a = 1 }, format: "form");

        Assert.Equal("{\"action\":\"json_only\",\"data\":{\"a\":1}}", json.Text);
        Assert.Equal(415, form.StatusCode);
    }

    [Fact]
    public async Task Extra_actions_override_authentication_and_permissions()
    {
        await using var host = await StartAsync();
        using var client = host.CreateClient();

        var anonymous = await client.GetAsync("/api/things/mine/");
        var known = await client.GetAsync("/api/things/mine/", headers: new Dictionary<string, string> { ["X-User"] = "ada" });

        Assert.Equal(401, anonymous.StatusCode);
        Assert.Equal("Fake", anonymous.Header("WWW-Authenticate"));
        Assert.Equal("\"ada\"", known.Text);
    }
}
