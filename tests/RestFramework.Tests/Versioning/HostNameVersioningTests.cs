using Microsoft.AspNetCore.Builder;
using RestFramework.Testing;
using RestFramework.Versioning;

namespace RestFramework.Tests.Versioning;

public sealed class HostNameVersioningTests
{
    private sealed class HostView : VersionView
    {
        public override Type? VersioningType => typeof(HostNameVersioning);
    }

    [Theory]
    [InlineData("http://v2.example.com/items/", 200, """{"version":"v2","scheme":"HostNameVersioning","url":"http://v2.example.com/items/"}""")]
    [InlineData("http://v2.example.com:8000/items/", 200, """{"version":"v2","scheme":"HostNameVersioning","url":"http://v2.example.com:8000/items/"}""")]
    [InlineData("http://localhost/items/", 200, """{"version":"v1","scheme":"HostNameVersioning","url":"http://localhost/items/"}""")]
    [InlineData("http://a.v2.example.com/items/", 200, """{"version":"v1","scheme":"HostNameVersioning","url":"http://a.v2.example.com/items/"}""")]
    [InlineData("http://v9.example.com/items/", 404, """{"detail":"Invalid version in hostname."}""")]
    public async Task Version_comes_from_the_first_host_label(string url, int status, string expected)
    {
        await using var host = await ApiTestHost.StartAsync(
            e => e.MapView<HostView>("items/", "item-list"),
            o => (o.AllowedVersions, o.DefaultVersion) = (["v1", "v2"], "v1"));
        using var client = host.CreateClient();

        var response = await client.GetAsync(url);

        Assert.Equal(status, response.StatusCode);
        Assert.Equal(expected, response.Text);
    }
}
