namespace InterviewPrep.Tests.Api;

// The reference's Django middleware: SecurityMiddleware's two default headers on every answer, %2F decoded before routing.
public sealed class DjangoMiddlewareTests
{
    [Theory]
    [InlineData("/api/v1/questions/?page_size=1", 200)]
    [InlineData("/api/v1/questions/999/", 404)]
    [InlineData("/api/v1/users/", 401)]
    [InlineData("/api/v1/questions", 301)]
    [InlineData("/nope/", 404)]
    public async Task Every_answer_has_security_middleware_headers(string path, int status)
    {
        await using var app = new PrepFactory();
        using var client = app.CreateApiClient();

        var response = await client.GetAsync(path);

        Assert.Equal(status, response.StatusCode);
        Assert.Equal("nosniff", response.Header("X-Content-Type-Options"));
        Assert.Equal("same-origin", response.Header("Referrer-Policy"));
    }

    [Theory]
    [InlineData("/api/v1/questions%2F?page_size=1", 200, null)]
    [InlineData("/api/v1/questions%2f1", 301, "/api/v1/questions/1/")]
    [InlineData("/api/v1/topics/a%2Fb/", 404, null)]
    public async Task Encoded_slashes_are_decoded_before_routing(string path, int status, string? location)
    {
        await using var app = new PrepFactory();
        using var client = app.CreateApiClient();

        var response = await client.GetAsync(path);

        Assert.Equal(status, response.StatusCode);
        Assert.Equal(location, response.Header("Location"));
    }
}
