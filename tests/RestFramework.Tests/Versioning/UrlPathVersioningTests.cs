using Microsoft.AspNetCore.Builder;
using RestFramework.Testing;
using RestFramework.Versioning;

namespace RestFramework.Tests.Versioning;

public sealed class UrlPathVersioningTests
{
    private sealed class PathView : VersionView
    {
        public override Type? VersioningType => typeof(UrlPathVersioning);
    }

    [Theory]
    [InlineData("/api/v2/items/", 200, """{"version":"v2","scheme":"UrlPathVersioning","url":"http://localhost/api/v2/items/"}""")]
    [InlineData("/api/v1/items/", 200, """{"version":"v1","scheme":"UrlPathVersioning","url":"http://localhost/api/v1/items/"}""")]
    [InlineData("/items/", 200, """{"version":"v1","scheme":"UrlPathVersioning","url":"http://localhost/api/v1/items/"}""")]
    [InlineData("/api/v3/items/", 404, """{"detail":"Invalid version in URL path."}""")]
    public async Task Version_comes_from_the_route(string path, int status, string expected)
    {
        await using var host = await ApiTestHost.StartAsync(
            e =>
            {
                e.MapView<PathView>("api/{version}/items/", "item-list");
                e.MapView<PathView>("items/");
            },
            o => (o.AllowedVersions, o.DefaultVersion) = (["v1", "v2"], "v1"));
        using var client = host.CreateClient();

        var response = await client.GetAsync(path);

        Assert.Equal(status, response.StatusCode);
        Assert.Equal(expected, response.Text);
    }

    [Fact]
    public async Task Missing_version_without_a_default_is_not_allowed()
    {
        await using var host = await ApiTestHost.StartAsync(e => e.MapView<PathView>("items/"), o => o.AllowedVersions = ["v1"]);
        using var client = host.CreateClient();

        var response = await client.GetAsync("/items/");

        Assert.Equal(404, response.StatusCode);
        Assert.Equal("""{"detail":"Invalid version in URL path."}""", response.Text);
    }

    [Fact]
    public async Task Any_version_is_allowed_without_allowed_versions()
    {
        await using var host = await ApiTestHost.StartAsync(e => e.MapView<PathView>("api/{version}/items/", "item-list"));
        using var client = host.CreateClient();

        var response = await client.GetAsync("/api/anything/items/");

        Assert.Equal("""{"version":"anything","scheme":"UrlPathVersioning","url":"http://localhost/api/anything/items/"}""", response.Text);
    }
}
