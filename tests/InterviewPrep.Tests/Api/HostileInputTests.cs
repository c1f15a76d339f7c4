// The hostile-input corpus: requests a client may send to break the sample, with the exact status and body answered (DRF's
// where DRF answers 4xx; a 400 where DRF 3.14 answers 500, listed in the README's "Known differences"). Never a 5xx.
using System.Text;
using RestFramework.Testing;

namespace InterviewPrep.Tests.Api;

public sealed partial class HostileInputTests(HostileApp app) : IClassFixture<HostileApp>
{
    private const string Json = "application/json";
    private const string Questions = "/api/v1/questions/";
    private const string Required = "{\"title\":[\"This field is required.\"],\"level\":[\"This field is required.\"],\"frequency_rank\":[\"This field is required.\"],\"topic\":[\"This field is required.\"],\"answer\":[\"This field is required.\"]}";
    private const string DepthError = "{\"detail\":\"JSON parse error - The maximum configured depth of 952 has been exceeded. Cannot read next JSON array. LineNumber: 0 | BytePositionInLine: 952.\"}";

    [Theory]
    [InlineData("{", "{\"detail\":\"JSON parse error - Expected depth to be zero at the end of the JSON payload. There is an open JSON object or array that should be closed. LineNumber: 0 | BytePositionInLine: 1.\"}")]
    [InlineData("{\"title\":}", "{\"detail\":\"JSON parse error - '}' is an invalid start of a value. LineNumber: 0 | BytePositionInLine: 9.\"}")]
    [InlineData("[1,]", "{\"detail\":\"JSON parse error - The JSON array contains a trailing comma at the end which is not supported in this mode. Change the reader options. LineNumber: 0 | BytePositionInLine: 3.\"}")]
    [InlineData("{'title': 'x'}", "{\"detail\":\"JSON parse error - ''' is an invalid start of a property name. Expected a '\\\"'. LineNumber: 0 | BytePositionInLine: 1.\"}")]
    [InlineData("nul", "{\"detail\":\"JSON parse error - 'nul' is an invalid JSON literal. Expected the literal 'null'. LineNumber: 0 | BytePositionInLine: 3.\"}")]
    [InlineData("null", "{\"non_field_errors\":[\"No data provided\"]}")]
    [InlineData("[]", "{\"non_field_errors\":[\"Invalid data. Expected a dictionary, but got list.\"]}")]
    [InlineData("\"text\"", "{\"non_field_errors\":[\"Invalid data. Expected a dictionary, but got str.\"]}")]
    [InlineData("12", "{\"non_field_errors\":[\"Invalid data. Expected a dictionary, but got int.\"]}")]
    [InlineData("", Required)]
    [InlineData("{}", Required)]
    [InlineData("ARRAYS:953", DepthError)]
    [InlineData("ARRAYS:10000", DepthError)]
    [InlineData("OPEN:5000", DepthError)]
    [InlineData("OBJECTS:10000", "{\"detail\":\"JSON parse error - The maximum configured depth of 952 has been exceeded. Cannot read next JSON object. LineNumber: 0 | BytePositionInLine: 4760.\"}")]
    [InlineData("{\"title\": TITLE_ARRAYS:600}", "{\"title\":[\"Not a valid string.\"],\"level\":[\"This field is required.\"],\"frequency_rank\":[\"This field is required.\"],\"topic\":[\"This field is required.\"],\"answer\":[\"This field is required.\"]}")]
    public async Task Malformed_json(string body, string expected) =>
        await AssertAnswer(app.Admin, "POST", Questions, Json, Expand(body), 400, expected);

    // Nesting too deep is a 400 on every route that reads JSON (DRF 3.14: a 500, RecursionError).
    [Theory]
    [InlineData("admin", "/api/v1/topics/")]
    [InlineData("admin", "/api/v1/questions/1/")]
    [InlineData("alice", "/api/v1/questions/1/practice/")]
    [InlineData("anonymous", "/api/v1/auth/signup/")]
    [InlineData("anonymous", "/api/v1/auth/token/")]
    public async Task Json_nested_too_deep_is_a_parse_error_on_every_route(string role, string path) =>
        await AssertAnswer(Client(role), path.EndsWith("/1/", StringComparison.Ordinal) ? "PUT" : "POST", path, Json, Expand("ARRAYS:10000"), 400, DepthError);

    [Theory]
    [InlineData("application/json; charset=latin-1", "7b227469746c65223a22e9227d", 400, "{\"title\":[\"Questions must end with a question mark.\"],\"level\":[\"This field is required.\"],\"frequency_rank\":[\"This field is required.\"],\"topic\":[\"This field is required.\"],\"answer\":[\"This field is required.\"]}")]
    [InlineData("application/json", "7b227469746c65223a22e9227d", 400, "{\"detail\":\"JSON parse error - 'utf-8' codec can't decode the body: invalid UTF-8.\"}")]
    [InlineData("application/json; charset=utf-16", "7b007d00", 400, Required)]
    [InlineData("application/json; charset=bogus", "7b7d", 400, Required)]
    [InlineData("application/json", "efbbbf7b7d", 400, "{\"detail\":\"JSON parse error - '0xEF' is an invalid start of a value. LineNumber: 0 | BytePositionInLine: 0.\"}")]
    [InlineData("application/json", "7b227469746c65223a225c7564383030227d", 400, "{\"title\":[\"Surrogate characters are not allowed: U+D800.\"],\"level\":[\"This field is required.\"],\"frequency_rank\":[\"This field is required.\"],\"topic\":[\"This field is required.\"],\"answer\":[\"This field is required.\"]}")]
    public async Task Encodings_and_charsets(string contentType, string hex, int status, string expected) =>
        await AssertAnswer(app.Admin, "POST", Questions, contentType, Convert.FromHexString(hex), status, expected);

    [Theory]
    [InlineData("text/plain", 415, "{\"detail\":\"Unsupported media type \\\"text/plain\\\" in request.\"}")]
    [InlineData("application/xml", 415, "{\"detail\":\"Unsupported media type \\\"application/xml\\\" in request.\"}")]
    [InlineData("application/x-json", 415, "{\"detail\":\"Unsupported media type \\\"application/x-json\\\" in request.\"}")]
    [InlineData("json", 415, "{\"detail\":\"Unsupported media type \\\"json\\\" in request.\"}")]
    [InlineData(";;;", 415, "{\"detail\":\"Unsupported media type \\\";;;\\\" in request.\"}")]
    [InlineData("APPLICATION/JSON", 400, Required)]
    [InlineData("application/json; charset=utf-8; boundary=x", 400, Required)]
    public async Task Content_types(string contentType, int status, string expected) =>
        await AssertAnswer(app.Admin, "POST", Questions, contentType, "{}"u8.ToArray(), status, expected);

    [Theory]
    [InlineData("multipart/form-data", "--x\r\n", 400, "{\"detail\":\"Multipart form parse error - Invalid boundary in multipart: None\"}")]
    [InlineData("multipart/form-data; boundary=\"a b \"", "--x\r\n", 400, "{\"detail\":\"Multipart form parse error - Invalid boundary in multipart: a b \"}")]
    [InlineData("multipart/form-data; boundary=XyZ", "garbage without any boundary", 400, Required)]
    [InlineData("multipart/form-data; boundary=XyZ", "--XyZ\r\nContent-Disposition: form-data; name=\"title\"; x=\"LONG:2000\"\r\n\r\nIs it?\r\n--XyZ--\r\n", 400, Required)]
    [InlineData("multipart/form-data; boundary=XyZ", "--XyZ\r\nContent-Disposition: form-data; name=\"title\"\r\n\r\nIs it open?", 400, "{\"level\":[\"This field is required.\"],\"frequency_rank\":[\"This field is required.\"],\"topic\":[\"This field is required.\"],\"answer\":[\"This field is required.\"]}")]
    [InlineData("multipart/form-data; boundary=XyZ", "--XyZ\r\nContent-Disposition: form-data; name=\"title\"\r\n\r\nLONG:300\r\n--XyZ--\r\n", 400, "{\"title\":[\"Ensure this field has no more than 200 characters.\"],\"level\":[\"This field is required.\"],\"frequency_rank\":[\"This field is required.\"],\"topic\":[\"This field is required.\"],\"answer\":[\"This field is required.\"]}")]
    [InlineData("multipart/form-data; boundary=XyZ", "FIELDS:5000", 400, Required)]
    [InlineData("multipart/form-data; boundary=XyZ", "--XyZ\r\nContent-Disposition: form-data; name=\"frequency_rank\"\r\n\r\nBIG\r\n--XyZ--\r\n", 400, "{\"title\":[\"This field is required.\"],\"level\":[\"This field is required.\"],\"frequency_rank\":[\"Ensure this value is less than or equal to 9223372036854775807.\"],\"topic\":[\"This field is required.\"],\"answer\":[\"This field is required.\"]}")]
    public async Task Multipart(string contentType, string body, int status, string expected) =>
        await AssertAnswer(app.Admin, "POST", Questions, contentType, Expand(body), status, expected);

    // CSV cells reach the question serializer: integers beyond the column's 64 bits are its max_value error, not a 500.
    [Theory]
    [InlineData("BIG", "{\"created\":0,\"updated\":0,\"errors\":[{\"row\":1,\"errors\":{\"frequency_rank\":[\"Ensure this value is less than or equal to 9223372036854775807.\"]}}]}")]
    [InlineData("9223372036854775808", "{\"created\":0,\"updated\":0,\"errors\":[{\"row\":1,\"errors\":{\"frequency_rank\":[\"Ensure this value is less than or equal to 9223372036854775807.\"]}}]}")]
    [InlineData("-9223372036854775809", "{\"created\":0,\"updated\":0,\"errors\":[{\"row\":1,\"errors\":{\"frequency_rank\":[\"Ensure this value is greater than or equal to 1.\"]}}]}")]
    [InlineData("1e400", "{\"created\":0,\"updated\":0,\"errors\":[{\"row\":1,\"errors\":{\"frequency_rank\":[\"A valid integer is required.\"]}}]}")]
    [InlineData("STRING:1001", "{\"created\":0,\"updated\":0,\"errors\":[{\"row\":1,\"errors\":{\"frequency_rank\":[\"String value too large.\"]}}]}")]
    public async Task Csv_upload_cells(string rank, string expected)
    {
        var cell = Expand(rank);
        var csv = "title,level,frequency_rank,topic,answer\nIs this rank storable?,mid," + Encoding.UTF8.GetString(cell) + ",fundamentals,Maybe.\n";
        var upload = new Dictionary<string, object?> { ["file"] = new ApiFile("bank.csv", Encoding.UTF8.GetBytes(csv), "text/csv") };

        var response = await app.Admin.PostAsync("/api/v1/questions/import/", upload, format: "multipart");

        Assert.Equal((400, expected), (response.StatusCode, response.Text));
    }

    private ApiClient Client(string role) => role switch
    {
        "admin" => app.Admin,
        "alice" => app.Alice,
        "bob" => app.Bob,
        _ => app.Anonymous,
    };

    private static async Task AssertAnswer(
        ApiClient client, string method, string path, string? contentType, byte[] body, int status, string expected, IDictionary<string, string>? headers = null)
    {
        var response = await client.SendAsync(new HttpMethod(method), path, body, contentType: contentType ?? string.Empty, headers: headers);
        Assert.Equal((status, expected), (response.StatusCode, response.Text));
    }

    /// <summary>Builds the large bodies of the tables: <c>ARRAYS:n</c> (n nested arrays), <c>OPEN:n</c> (n unclosed),
    /// <c>OBJECTS:n</c>, <c>TITLE_ARRAYS:n</c> inside a text, <c>LONG:n</c> letters, <c>FIELDS:n</c> multipart fields,
    /// <c>BIG</c> (a 401-digit integer), <c>STRING:n</c> digits.</summary>
    private static byte[] Expand(string body)
    {
        var text = System.Text.RegularExpressions.Regex.Replace(body, @"(TITLE_ARRAYS|ARRAYS|OPEN|OBJECTS|LONG|FIELDS|STRING):(\d+)", m =>
        {
            var n = int.Parse(m.Groups[2].Value, System.Globalization.CultureInfo.InvariantCulture);
            return m.Groups[1].Value switch
            {
                "ARRAYS" or "TITLE_ARRAYS" => new string('[', n) + new string(']', n),
                "OPEN" => new string('[', n),
                "OBJECTS" => string.Concat(Enumerable.Repeat("{\"a\":", n)) + "1" + new string('}', n),
                "LONG" => new string('a', n),
                "STRING" => new string('7', n),
                _ => string.Concat(Enumerable.Range(0, n).Select(i => $"--XyZ\r\nContent-Disposition: form-data; name=\"f{i}\"\r\n\r\nv\r\n")) + "--XyZ--\r\n",
            };
        });
        return Encoding.UTF8.GetBytes(text.Replace("BIG", new string('9', 401), StringComparison.Ordinal));
    }
}
