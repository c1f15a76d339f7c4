using Microsoft.AspNetCore.Builder;
using RestFramework.Testing;
using RestFramework.Versioning;

namespace RestFramework.Tests.Versioning;

public sealed class QueryParameterVersioningTests
{
    private sealed class QueryView : VersionView
    {
        public override Type? VersioningType => typeof(QueryParameterVersioning);
    }

    public sealed class StrictVersioning : QueryParameterVersioning
    {
        public StrictVersioning() => (AllowedVersions, DefaultVersion, VersionParam) = (["1.0"], "1.0", "v");
    }

    private sealed class StrictView : VersionView
    {
        public override Type? VersioningType => typeof(StrictVersioning);
    }

    [Theory]
    [InlineData("/items/?version=v2", 200, """{"version":"v2","scheme":"QueryParameterVersioning","url":"http://localhost/items/?version=v2"}""")]
    [InlineData("/items/?version=v1&version=v2", 200, """{"version":"v2","scheme":"QueryParameterVersioning","url":"http://localhost/items/?version=v2"}""")]
    [InlineData("/items/", 200, """{"version":"v1","scheme":"QueryParameterVersioning","url":"http://localhost/items/?version=v1"}""")]
    [InlineData("/items/?version=v9", 404, """{"detail":"Invalid version in query parameter."}""")]
    [InlineData("/items/?version=", 404, """{"detail":"Invalid version in query parameter."}""")]
    [InlineData("/strict/?v=1.0", 200, """{"version":"1.0","scheme":"StrictVersioning","url":"http://localhost/items/?v=1.0"}""")]
    [InlineData("/strict/?version=v2", 200, """{"version":"1.0","scheme":"StrictVersioning","url":"http://localhost/items/?v=1.0"}""")]
    [InlineData("/strict/?v=v2", 404, """{"detail":"Invalid version in query parameter."}""")]
    public async Task Version_comes_from_the_query_string(string path, int status, string expected)
    {
        await using var host = await ApiTestHost.StartAsync(
            e =>
            {
                e.MapView<QueryView>("items/", "item-list");
                e.MapView<StrictView>("strict/");
            },
            o => (o.AllowedVersions, o.DefaultVersion) = (["v1", "v2"], "v1"));
        using var client = host.CreateClient();

        var response = await client.GetAsync(path);

        Assert.Equal(status, response.StatusCode);
        Assert.Equal(expected, response.Text);
    }

    [Fact]
    public async Task Settings_default_to_no_version_and_any_version()
    {
        await using var host = await ApiTestHost.StartAsync(e => e.MapView<QueryView>("items/", "item-list"));
        using var client = host.CreateClient();

        Assert.Equal("""{"version":null,"scheme":"QueryParameterVersioning","url":"http://localhost/items/"}""", (await client.GetAsync("/items/")).Text);
        Assert.Equal("""{"version":"x","scheme":"QueryParameterVersioning","url":"http://localhost/items/?version=x"}""", (await client.GetAsync("/items/?version=x")).Text);
    }
}
