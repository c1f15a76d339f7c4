using Microsoft.AspNetCore.Builder;
using RestFramework.Testing;
using RestFramework.Versioning;

namespace RestFramework.Tests.Versioning;

public sealed class NamespaceVersioningTests
{
    private sealed class NamespaceView : VersionView
    {
        public override Type? VersioningType => typeof(NamespaceVersioning);
    }

    [Theory]
    [InlineData("/v1/items/", 200, """{"version":"v1","scheme":"NamespaceVersioning","url":"http://localhost/v1/items/"}""")]
    [InlineData("/v2/items/", 200, """{"version":"v2","scheme":"NamespaceVersioning","url":"http://localhost/v2/items/"}""")]
    [InlineData("/items/", 200, """{"version":"v1","scheme":"NamespaceVersioning","url":"http://localhost/v1/items/"}""")]
    [InlineData("/v9/items/", 404, """{"detail":"Invalid version in URL path. Does not match any version namespace."}""")]
    [InlineData("/api/v2/items/", 200, """{"version":"v2","scheme":"NamespaceVersioning","url":"http://localhost/v2/items/"}""")]
    public async Task Version_comes_from_the_route_group_namespace(string path, int status, string expected)
    {
        await using var host = await ApiTestHost.StartAsync(
            e =>
            {
                foreach (var version in new[] { "v1", "v2", "v9" })
                {
                    e.MapGroup(version).WithNamespace(version).MapView<NamespaceView>("items/", "item-list");
                }
                e.MapGroup("api").WithNamespace("api").MapGroup("v2").WithNamespace("v2").MapView<NamespaceView>("items/", "item-list");
                e.MapView<NamespaceView>("items/");
            },
            o => (o.AllowedVersions, o.DefaultVersion) = (["v1", "v2"], "v1"));
        using var client = host.CreateClient();

        var response = await client.GetAsync(path);

        Assert.Equal(status, response.StatusCode);
        Assert.Equal(expected, response.Text);
    }
}
