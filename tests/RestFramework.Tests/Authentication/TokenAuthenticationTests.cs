using Microsoft.AspNetCore.Builder;
using RestFramework.Authentication;
using RestFramework.Permissions;
using RestFramework.Requests;
using RestFramework.Responses;
using RestFramework.Views;

namespace RestFramework.Tests.Authentication;

public sealed class TokenAuthenticationTests
{
    private static async Task<(int Status, string Body, string? Challenge)> GetAsync(Func<AuthHost, string?> header, string path = "/me/")
    {
        await using var auth = await AuthHost.StartAsync(e => e.MapView<BearerView>("bearer/"));
        using var client = auth.CreateClient();
        if (header(auth) is { } value)
        {
            client.Credentials(("Authorization", value));
        }
        var response = await client.GetAsync(path);
        return (response.StatusCode, response.Text, response.Header("WWW-Authenticate"));
    }

    [Theory]
    [InlineData("Token", "Invalid token header. No credentials provided.")]
    [InlineData("Token a b", "Invalid token header. Token string should not contain spaces.")]
    [InlineData("Token nope", "Invalid token.")]
    [InlineData("Token 0000000000000000000000000000000000000000", "Invalid token.")]
    [InlineData("Token \u00e9", "Invalid token header. Token string should not contain invalid characters.")]
    [InlineData("Token \u4e2d", "Invalid token header. Token string should not contain invalid characters.")]
    public async Task Bad_token_headers_fail_with_drf_messages(string header, string message)
    {
        var (status, body, challenge) = await GetAsync(_ => header);

        Assert.Equal(401, status);
        Assert.Equal($"{{\"detail\":\"{message}\"}}", body);
        Assert.Equal("Token", challenge);
    }

    [Fact]
    public async Task Valid_token_authenticates_its_user()
    {
        var (status, body, _) = await GetAsync(a => $"Token {a.AliceToken}");

        Assert.Equal(200, status);
        Assert.Equal("{\"user\":\"alice\",\"auth\":\"Token\"}", body);
    }

    [Fact]
    public async Task Keyword_is_case_insensitive_and_whitespace_separated()
    {
        var (status, _, _) = await GetAsync(a => $"token \t {a.AliceToken}  ");

        Assert.Equal(200, status);
    }

    [Fact]
    public async Task Token_of_an_inactive_user_is_refused()
    {
        var (status, body, _) = await GetAsync(a => $"Token {a.InaToken}");

        Assert.Equal(401, status);
        Assert.Equal("{\"detail\":\"User inactive or deleted.\"}", body);
    }

    [Fact]
    public async Task Token_key_with_different_case_is_refused()
    {
        var (status, body, _) = await GetAsync(a => $"Token {a.AliceToken.ToUpperInvariant()}");

        Assert.Equal(401, status);
        Assert.Equal("{\"detail\":\"Invalid token.\"}", body);
    }

    [Fact]
    public async Task Missing_header_gives_not_authenticated_with_the_token_challenge()
    {
        var (status, body, challenge) = await GetAsync(_ => null);

        Assert.Equal(401, status);
        Assert.Equal("{\"detail\":\"Authentication credentials were not provided.\"}", body);
        Assert.Equal("Token", challenge);
    }

    [Fact]
    public async Task Other_schemes_are_left_to_the_next_class()
    {
        var (status, body, _) = await GetAsync(_ => "Bearer abc");

        Assert.Equal(401, status);
        Assert.Equal("{\"detail\":\"Authentication credentials were not provided.\"}", body);
    }

    private sealed class BearerAuthentication : TokenAuthentication
    {
        protected override string Keyword => "Bearer";
    }

    private sealed class BearerView : ApiView
    {
        public override IReadOnlyList<Type>? AuthenticationTypes => [typeof(BearerAuthentication)];

        public override IReadOnlyList<Type>? PermissionTypes => [typeof(IsAuthenticated)];

        protected override ValueTask<Response> GetAsync(Request request) =>
            ValueTask.FromResult(new Response(new Dictionary<string, object?> { ["user"] = request.User.UserName }));
    }

    [Fact]
    public async Task Keyword_can_be_overridden()
    {
        var ok = await GetAsync(a => $"Bearer {a.AliceToken}", "/bearer/");
        var refused = await GetAsync(a => $"Token {a.AliceToken}", "/bearer/");

        Assert.Equal((200, "{\"user\":\"alice\"}", null), ok);
        Assert.Equal(401, refused.Status);
        Assert.Equal("Bearer", refused.Challenge);
    }
}
