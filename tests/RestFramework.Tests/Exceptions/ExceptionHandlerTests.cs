using Microsoft.AspNetCore.Builder;
using RestFramework.Exceptions;
using RestFramework.Requests;
using RestFramework.Responses;
using RestFramework.Testing;
using RestFramework.Views;

namespace RestFramework.Tests.Exceptions;

public sealed class ExceptionHandlerTests
{
    private static readonly Dictionary<string, Func<Exception>> Errors = new()
    {
        ["api"] = () => new ApiException(),
        ["validation"] = () => new ValidationError(),
        ["validation-text"] = () => new ValidationError("plain"),
        ["validation-list"] = () => new ValidationError(new[] { "a", "b" }),
        ["validation-dict"] = () => new ValidationError(new Dictionary<string, object> { ["f"] = "m", ["g"] = new[] { "n" } }),
        ["parse"] = () => new ParseError(),
        ["auth-failed"] = () => new AuthenticationFailed(),
        ["not-authenticated"] = () => new NotAuthenticated(),
        ["denied"] = () => new PermissionDenied(),
        ["denied-custom"] = () => new PermissionDenied("Nope.", "nope"),
        ["not-found"] = () => new NotFound(),
        ["method"] = () => new MethodNotAllowed("PUT"),
        ["not-acceptable"] = () => new NotAcceptable(),
        ["media"] = () => new UnsupportedMediaType("text/plain"),
        ["throttled"] = () => new Throttled(),
        ["throttled-1"] = () => new Throttled(0.2),
        ["throttled-62"] = () => new Throttled(61.1),
        ["too-large"] = () => new RequestEntityTooLarge(),
    };

    private sealed class RaiseView : ApiView
    {
        protected override ValueTask<Response> GetAsync(Request request) => throw Errors[request.QueryParams["error"].ToString()]();
    }

    // DRF 3.14's exceptions: status, body and headers (anonymous, no authentication classes, so 401s stay 401 only with a challenge).
    [Theory]
    [InlineData("api", 500, "{\"detail\":\"A server error occurred.\"}", null)]
    [InlineData("validation", 400, "[\"Invalid input.\"]", null)]
    [InlineData("validation-text", 400, "[\"plain\"]", null)]
    [InlineData("validation-list", 400, "[\"a\",\"b\"]", null)]
    [InlineData("validation-dict", 400, "{\"f\":\"m\",\"g\":[\"n\"]}", null)]
    [InlineData("parse", 400, "{\"detail\":\"Malformed request.\"}", null)]
    [InlineData("auth-failed", 403, "{\"detail\":\"Incorrect authentication credentials.\"}", null)]
    [InlineData("not-authenticated", 403, "{\"detail\":\"Authentication credentials were not provided.\"}", null)]
    [InlineData("denied", 403, "{\"detail\":\"You do not have permission to perform this action.\"}", null)]
    [InlineData("denied-custom", 403, "{\"detail\":\"Nope.\"}", null)]
    [InlineData("not-found", 404, "{\"detail\":\"Not found.\"}", null)]
    [InlineData("method", 405, "{\"detail\":\"Method \\\"PUT\\\" not allowed.\"}", null)]
    [InlineData("not-acceptable", 406, "{\"detail\":\"Could not satisfy the request Accept header.\"}", null)]
    [InlineData("media", 415, "{\"detail\":\"Unsupported media type \\\"text/plain\\\" in request.\"}", null)]
    [InlineData("throttled", 429, "{\"detail\":\"Request was throttled.\"}", null)]
    [InlineData("throttled-1", 429, "{\"detail\":\"Request was throttled. Expected available in 1 second.\"}", "1")]
    [InlineData("throttled-62", 429, "{\"detail\":\"Request was throttled. Expected available in 62 seconds.\"}", "62")]
    [InlineData("too-large", 413, "{\"detail\":\"Request body is too large.\"}", null)]
    public async Task Api_exceptions_render_drf_status_body_and_headers(string error, int status, string body, string? retryAfter)
    {
        await using var host = await ApiTestHost.StartAsync(e => e.MapView<RaiseView>("raise/"));
        using var client = host.CreateClient();

        var response = await client.GetAsync("/raise/", new { error });

        Assert.Equal(status, response.StatusCode);
        Assert.Equal(body, response.Text);
        Assert.Equal(retryAfter, response.Header("Retry-After"));
    }

    [Fact]
    public void Codes_follow_the_shape_of_the_detail()
    {
        var error = new ValidationError(new Dictionary<string, object> { ["f"] = "m" }, "bad");

        var codes = Assert.IsType<OrderedDictionary<string, object>>(error.GetCodes());

        Assert.Equal("bad", codes["f"]);
    }

    [Fact]
    public void Default_codes_match_drf()
    {
        Assert.Equal("invalid", new ValidationError().DefaultCode);
        Assert.Equal("throttled", new Throttled().DefaultCode);
        Assert.Equal("not_authenticated", new NotAuthenticated().DefaultCode);
        Assert.Equal("method_not_allowed", new MethodNotAllowed("GET").DefaultCode);
        Assert.Equal("unsupported_media_type", new UnsupportedMediaType("x").DefaultCode);
        Assert.Equal("permission_denied", Assert.IsType<ErrorDetail>(new PermissionDenied().Detail).Code);
    }
}
