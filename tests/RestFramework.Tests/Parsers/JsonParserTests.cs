using RestFramework.Parsers;

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

    // Bytes (hex) and Content-Type → Request.Data as Python's json and codecs give it to DRF's JSONParser, or ERR for 400 "JSON parse error - ...".
    [Theory]
    [InlineData("7b2261223a312c2262223a322c2261223a337d", "application/json", "{\"a\":3,\"b\":2}")]
    [InlineData("7b2261223a22e9227d", "application/json; charset=latin-1", "{\"a\":\"é\"}")]
    [InlineData("7b2261223a22e9227d", "application/json; charset=L1", "{\"a\":\"é\"}")]
    [InlineData("fffe7b002200610022003a00310030007d00", "application/json; charset=utf-16", "{\"a\":10}")]
    [InlineData("feff007b002200610022003a00310030007d", "application/json; charset=UTF16", "{\"a\":10}")]
    [InlineData("7b002200610022003a00310030007d00", "application/json; charset=utf-16", "{\"a\":10}")]
    [InlineData("7b2261223a2278227d", "application/json; charset=no-such-codec", "{\"a\":\"x\"}")]
    [InlineData("7b2261223a22809f227d", "application/json; charset=cp1252", "{\"a\":\"€Ÿ\"}")]
    [InlineData("7b2261223a22809f227d", "application/json; charset=Windows-1252", "{\"a\":\"€Ÿ\"}")]
    [InlineData("7b2261223a22a4227d", "application/json; charset=iso-8859-15", "{\"a\":\"€\"}")]
    [InlineData("7b2261223a22e9227d", "application/json", "ERR")]
    [InlineData("7b2261223a22e9227d", "application/json; charset=ascii", "ERR")]
    [InlineData("efbbbf7b7d", "application/json", "ERR")]
    [InlineData("7b2261223a225c75643833645c756465303022207d", "application/json", "{\"a\":\"\\uD83D\\uDE00\"}")] // one character, escaped by ToJsonString
    public void Body_bytes_are_decoded_by_charset_as_python_does(string hex, string contentType, string expected)
    {
        string actual;
        try
        {
            var data = new JsonParser().Parse(Convert.FromHexString(hex), new ParserContext(contentType)).Data;
            actual = data!.ToJsonString(new System.Text.Json.JsonSerializerOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
        }
        catch (RestFramework.Exceptions.ParseError error)
        {
            Assert.StartsWith("JSON parse error - ", error.Detail.ToString(), StringComparison.Ordinal);
            actual = "ERR";
        }
        Assert.Equal(expected, actual);
    }

    // Nesting: Python's json reaches its recursion limit (RecursionError, a 500 in DRF) below 953 levels; deeper JSON is a
    // client's error here, 400 "JSON parse error - ...", at any depth, closed or not.
    [Theory]
    [InlineData("[", 952, "]", "OK")]
    [InlineData("{\"a\":[", 951, "]}", "OK")]
    [InlineData("[", 953, "]", "ERR The maximum configured depth of 952 has been exceeded. Cannot read next JSON array. LineNumber: 0 | BytePositionInLine: 952.")]
    [InlineData("{\"a\":[", 952, "]}", "ERR The maximum configured depth of 952 has been exceeded. Cannot read next JSON array. LineNumber: 0 | BytePositionInLine: 956.")]
    [InlineData("[", 5000, "", "ERR The maximum configured depth of 952 has been exceeded. Cannot read next JSON array. LineNumber: 0 | BytePositionInLine: 952.")]
    [InlineData("[", 10000, "]", "ERR The maximum configured depth of 952 has been exceeded. Cannot read next JSON array. LineNumber: 0 | BytePositionInLine: 952.")]
    [InlineData("{\"a\":", 10000, "}", "ERR The maximum configured depth of 952 has been exceeded. Cannot read next JSON object. LineNumber: 0 | BytePositionInLine: 4760.")]
    [InlineData("[", 100, "}", "ERR '}' is invalid without a matching open. LineNumber: 0 | BytePositionInLine: 101.")]
    public void Nesting_deeper_than_pythons_recursion_limit_is_a_parse_error(string open, int depth, string close, string expected)
    {
        var opening = open switch
        {
            "[" => new string('[', depth),
            "{\"a\":" => string.Concat(Enumerable.Repeat(open, depth)),
            _ => open + new string('[', depth - 1),
        };
        var closing = close switch
        {
            "]" => new string(']', depth),
            "]}" => new string(']', depth) + "}",
            "}" => "1" + new string('}', depth),
            _ => close,
        };
        var body = System.Text.Encoding.UTF8.GetBytes(opening + closing);
        string actual;
        try
        {
            new JsonParser().Parse(body, new ParserContext("application/json"));
            actual = "OK";
        }
        catch (RestFramework.Exceptions.ParseError error)
        {
            Assert.StartsWith("JSON parse error - ", error.Detail.ToString(), StringComparison.Ordinal);
            actual = "ERR " + error.Detail.ToString()!["JSON parse error - ".Length..];
        }
        Assert.Equal(expected, actual);
    }

    [Fact]
    public void A_lone_surrogate_escape_is_kept_for_charfield_to_reject_and_such_a_key_is_left_out()
    {
        var data = (System.Text.Json.Nodes.JsonObject)new JsonParser().Parse(Convert.FromHexString("7b2261223a22785c756438303079222c2262223a225c75643833645c7564653030222c225c7564633030223a317d"), new ParserContext("application/json")).Data!;

        Assert.Equal(["a", "b"], data.Select(p => p.Key));
        Assert.Equal("x\uD800y", data["a"]!.GetValue<string>());
        Assert.Equal("\uD83D\uDE00", data["b"]!.GetValue<string>());
    }
}
