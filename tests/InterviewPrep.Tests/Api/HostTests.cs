namespace InterviewPrep.Tests.Api;

// The reference's ALLOWED_HOSTS: Django answers 400 (an HTML page) for any other Host, and for an empty one.
public sealed class HostTests
{
    [Theory]
    [InlineData("localhost", 200)]
    [InlineData("LOCALHOST:8000", 200)]
    [InlineData("127.0.0.1.", 200)]
    [InlineData("testserver", 200)]
    [InlineData("evil.com", 400)]
    [InlineData("evil.localhost", 400)]
    public async Task Hosts_outside_allowed_hosts_are_bad_requests(string host, int status)
    {
        await using var app = new PrepFactory();
        using var client = app.CreateClient();
        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/v1/topics/?page_size=1");
        request.Headers.Host = host;

        using var response = await client.SendAsync(request);

        Assert.Equal(status, (int)response.StatusCode);
        Assert.Equal(status == 200 ? "application/json" : "text/html", response.Content.Headers.ContentType?.MediaType);
    }
}
