using Microsoft.AspNetCore.Builder;
using RestFramework.Testing;
using RestFramework.Versioning;

namespace RestFramework.Tests.Versioning;

public sealed class AcceptHeaderVersioningTests
{
    private sealed class AcceptView : VersionView
    {
        public override Type? VersioningType => typeof(AcceptHeaderVersioning);
    }

    [Theory]
    [InlineData("application/json; version=2.0", 200, """{"version":"2.0","scheme":"AcceptHeaderVersioning","url":"http://localhost/items/"}""")]
    [InlineData("application/json;version=1.0", 200, """{"version":"1.0","scheme":"AcceptHeaderVersioning","url":"http://localhost/items/"}""")]
    [InlineData("application/json", 200, """{"version":"1.0","scheme":"AcceptHeaderVersioning","url":"http://localhost/items/"}""")]
    [InlineData("*/*", 200, """{"version":"1.0","scheme":"AcceptHeaderVersioning","url":"http://localhost/items/"}""")]
    [InlineData("application/json; version=9.0", 406, """{"detail":"Invalid version in \"Accept\" header."}""")]
    public async Task Version_comes_from_the_accepted_media_type(string accept, int status, string expected)
    {
        await using var host = await ApiTestHost.StartAsync(
            e => e.MapView<AcceptView>("items/", "item-list"),
            o => (o.AllowedVersions, o.DefaultVersion) = (["1.0", "2.0"], "1.0"));
        using var client = host.CreateClient();

        var response = await client.GetAsync("/items/", headers: new Dictionary<string, string> { ["Accept"] = accept });

        Assert.Equal(status, response.StatusCode);
        Assert.Equal(expected, response.Text);
    }
}
