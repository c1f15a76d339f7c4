namespace RestFramework.Tests.Parsers;

public sealed class JsonParserTests
{
    // Body → Request.Data as DRF's JSONParser gives it.
    [Theory]
    [InlineData("{\"a\":1,\"b\":[true,null]}", "{\"a\":1,\"b\":[true,null]}")]
    [InlineData("[1,2]", "[1,2]")]
    [InlineData("\"x\"", "\"x\"")]
    [InlineData("null", "null")]
    [InlineData("{\"name\":\"\\u00e9\"}", "{\"name\":\"é\"}")]
    public async Task Json_body_is_parsed_into_data(string body, string data)
    {
        await using var host = await EchoView.HostAsync();
        using var client = host.CreateClient();

        var response = await client.PostAsync("/echo/", body, contentType: "application/json");

        Assert.Equal(200, response.StatusCode);
        Assert.StartsWith("{\"data\":" + data + ",", response.Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("{bad")]
    [InlineData("{\"a\":1,}")]
    [InlineData("NaN")]
    [InlineData("{\"a\":1} trailing")]
    public async Task Malformed_json_is_400_json_parse_error(string body)
    {
        await using var host = await EchoView.HostAsync();
        using var client = host.CreateClient();

        var response = await client.PostAsync("/echo/", body, contentType: "application/json");

        Assert.Equal(400, response.StatusCode);
        var detail = response.Json()!["detail"]!.GetValue<string>();
        Assert.StartsWith("JSON parse error - ", detail, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Charset_parameter_is_ignored_for_matching()
    {
        await using var host = await EchoView.HostAsync();
        using var client = host.CreateClient();

        var response = await client.PostAsync("/echo/", "{}", contentType: "application/json; charset=utf-8");

        Assert.Equal(200, response.StatusCode);
    }

    [Fact]
    public async Task Latin1_charset_is_decoded()
    {
        await using var host = await EchoView.HostAsync();
        using var client = host.CreateClient();

        var response = await client.PostAsync("/echo/", new byte[] { (byte)'"', 0xE9, (byte)'"' }, contentType: "application/json; charset=iso-8859-1");

        Assert.StartsWith("{\"data\":\"é\"", response.Text, StringComparison.Ordinal);
    }
}
