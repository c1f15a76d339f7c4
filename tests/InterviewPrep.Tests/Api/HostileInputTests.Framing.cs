// The hostile-input corpus, HTTP framing and header sizes: raw bytes over TCP to Kestrel, as no HTTP client would send them.
namespace InterviewPrep.Tests.Api;

public sealed partial class HostileInputTests
{
    [Theory]
    [InlineData("zz\r\n{}\r\n0\r\n\r\n", 400, "{\"detail\":\"Bad chunk size data.\"}")]
    [InlineData("ffffffffffffffffff\r\n{}\r\n0\r\n\r\n", 400, "{\"detail\":\"Bad chunk size data.\"}")]
    [InlineData("-2\r\n{}\r\n0\r\n\r\n", 400, "{\"detail\":\"Bad chunk size data.\"}")]
    [InlineData("2\r\n{}XX0\r\n\r\n", 400, "{\"detail\":\"Bad chunk suffix.\"}")]
    [InlineData("2\r\n{}\r\n0\r\n\r\n", 400, Required)]
    [InlineData("2;name=value\r\n{}\r\n0\r\n\r\n", 400, Required)]
    public async Task Chunked_bodies_with_bad_framing_are_client_errors(string chunks, int status, string expected)
    {
        var request = HostileApp.Request($"POST {Questions} HTTP/1.1", [$"Authorization: Token {app.AdminToken}", "Content-Type: application/json", "Transfer-Encoding: chunked"], chunks);

        Assert.Equal((status, expected), await app.RawAsync(request));
    }

    // Kestrel answers these itself, before the app runs (empty bodies): sizes and framing it will not read.
    [Theory]
    [InlineData("GET", "HEADER:40000", 431, "")]
    [InlineData("GET", "HEADERS:200", 431, "")]
    [InlineData("GET", "URL:20000", 414, "")]
    [InlineData("POST", "Content-Length: -1", 400, "")]
    [InlineData("POST", "Content-Length: abc", 400, "")]
    [InlineData("POST", "Transfer-Encoding: gzip", 400, "")]
    [InlineData("GET", "Bad Header Without Colon", 400, "")]
    // A declared length over the limit: the framework's 413 before anything is read.
    [InlineData("POST", "Content-Length: 99999999999", 413, "{\"detail\":\"Request body exceeded the limit of 30000000 bytes (RestFramework:MaxRequestBodySize).\"}")]
    public async Task Oversized_or_malformed_heads_are_refused_by_kestrel(string method, string header, int status, string expected)
    {
        var path = header.StartsWith("URL:", StringComparison.Ordinal) ? Questions + "?q=" + new string('a', int.Parse(header[4..], System.Globalization.CultureInfo.InvariantCulture)) : Questions;
        string[] headers = header switch
        {
            _ when header.StartsWith("HEADER:", StringComparison.Ordinal) => ["X-Big: " + new string('a', int.Parse(header[7..], System.Globalization.CultureInfo.InvariantCulture))],
            _ when header.StartsWith("HEADERS:", StringComparison.Ordinal) => [.. Enumerable.Range(0, int.Parse(header[8..], System.Globalization.CultureInfo.InvariantCulture)).Select(i => $"X-H{i}: v")],
            _ when header.StartsWith("URL:", StringComparison.Ordinal) => [],
            _ => [header],
        };

        var (answered, body) = await app.RawAsync(HostileApp.Request($"{method} {path} HTTP/1.1", [$"Authorization: Token {app.AdminToken}", .. headers]));

        Assert.Equal((status, expected), (answered, body));
    }

    [Fact]
    public async Task A_chunked_body_over_the_size_limit_is_413_with_a_detail()
    {
        var chunk = new string('a', 1 << 20);
        var chunks = string.Concat(Enumerable.Repeat($"{chunk.Length:x}\r\n{chunk}\r\n", 31)) + "0\r\n\r\n";
        var request = HostileApp.Request($"POST {Questions} HTTP/1.1", [$"Authorization: Token {app.AdminToken}", "Content-Type: application/json", "Transfer-Encoding: chunked"], chunks);

        Assert.Equal((413, "{\"detail\":\"Request body too large. The max request body size is 30000000 bytes.\"}"), await app.RawAsync(request));
    }
}
