using RestFramework.Tests.Parsers;

namespace RestFramework.Tests.Requests;

public sealed class RequestDataTests
{
    [Fact]
    public async Task Empty_body_is_an_empty_object_without_parser_lookup()
    {
        await using var host = await EchoView.HostAsync();
        using var client = host.CreateClient();

        var response = await client.PostAsync("/echo/", string.Empty, contentType: "text/plain");

        Assert.Equal(200, response.StatusCode);
        Assert.StartsWith("{\"data\":{},", response.Text, StringComparison.Ordinal);
    }

    // DRF: a body without a Content-Type has media type "", which no parser accepts; an empty body is never parsed.
    [Theory]
    [InlineData("{\"a\":1}", 415, "{\"detail\":\"Unsupported media type \\\"\\\" in request.\"}")]
    [InlineData("", 200, "{\"data\":{},\"form\":null,\"files\":[]}")]
    public async Task Body_without_content_type_is_unsupported(string body, int status, string expected)
    {
        await using var host = await EchoView.HostAsync();
        using var client = host.CreateClient();

        var response = await client.PostAsync("/echo/", body, contentType: "");

        Assert.Equal((status, expected), (response.StatusCode, response.Text));
    }

    [Theory]
    [InlineData("text/plain")]
    [InlineData("application/vnd.x+json")]
    [InlineData("application/xml; charset=utf-8")]
    public async Task Unsupported_content_type_is_415_naming_the_full_header(string contentType)
    {
        await using var host = await EchoView.HostAsync();
        using var client = host.CreateClient();

        var response = await client.PostAsync("/echo/", "{}", contentType: contentType);

        Assert.Equal(415, response.StatusCode);
        Assert.Equal($"{{\"detail\":\"Unsupported media type \\\"{contentType}\\\" in request.\"}}", response.Text);
    }

    [Fact]
    public async Task Body_over_the_limit_is_413()
    {
        await using var host = await EchoView.HostAsync(o => o.MaxRequestBodySize = 10);
        using var client = host.CreateClient();

        var response = await client.PostAsync("/echo/", "{\"a\":\"0123456789\"}", contentType: "application/json");

        Assert.Equal(413, response.StatusCode);
        Assert.Equal("{\"detail\":\"Request body exceeded the limit of 10 bytes (RestFramework:MaxRequestBodySize).\"}", response.Text);
    }

    [Fact]
    public async Task Body_at_the_limit_is_accepted()
    {
        await using var host = await EchoView.HostAsync(o => o.MaxRequestBodySize = 7);
        using var client = host.CreateClient();

        var response = await client.PostAsync("/echo/", "{\"a\":1}", contentType: "application/json");

        Assert.Equal(200, response.StatusCode);
    }
}
