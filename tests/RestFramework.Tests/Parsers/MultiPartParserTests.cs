using RestFramework.Testing;

namespace RestFramework.Tests.Parsers;

public sealed class MultiPartParserTests
{
    [Fact]
    public async Task Multipart_fields_and_files_are_parsed()
    {
        await using var host = await EchoView.HostAsync();
        using var client = host.CreateClient();

        var response = await client.PostAsync(
            "/echo/",
            new Dictionary<string, object?> { ["title"] = "Hi", ["file"] = new ApiFile("bank.csv", "a,b\n1,2"u8.ToArray(), "text/csv") },
            format: "multipart");

        Assert.Equal(200, response.StatusCode);
        Assert.Equal(
            "{\"data\":{\"title\":\"Hi\",\"file\":\"<file>\"},\"form\":{\"title\":[\"Hi\"]},\"files\":[{\"field\":\"file\",\"name\":\"bank.csv\",\"size\":7,\"content\":\"a,b\\n1,2\"}]}",
            response.Text);
    }

    [Fact]
    public async Task Multipart_without_boundary_is_a_parse_error()
    {
        await using var host = await EchoView.HostAsync();
        using var client = host.CreateClient();

        var response = await client.PostAsync("/echo/", "x", contentType: "multipart/form-data");

        Assert.Equal(400, response.StatusCode);
        Assert.StartsWith("Multipart form parse error - ", response.Json()!["detail"]!.GetValue<string>(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Truncated_multipart_body_is_a_parse_error()
    {
        await using var host = await EchoView.HostAsync();
        using var client = host.CreateClient();

        var response = await client.PostAsync("/echo/", "--b\r\nContent-Disposition: form-data; name=\"a\"\r\n\r\nvalue", contentType: "multipart/form-data; boundary=b");

        Assert.Equal(400, response.StatusCode);
        Assert.StartsWith("Multipart form parse error - ", response.Json()!["detail"]!.GetValue<string>(), StringComparison.Ordinal);
    }
}
