using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using RestFramework.Authentication;
using RestFramework.Permissions;
using RestFramework.Requests;
using RestFramework.Responses;
using RestFramework.Testing;
using RestFramework.Tests.Throttling;
using RestFramework.Views;

namespace RestFramework.Tests.Authentication;

public sealed class JwtAuthenticationTests
{
    private const string Key = "a-test-signing-key-that-is-long-enough-for-hs256";
    private const string InvalidToken =
        "{\"detail\":\"Given token not valid for any token type\",\"code\":\"token_not_valid\",\"messages\":[{\"token_class\":\"AccessToken\",\"token_type\":\"access\",\"message\":\"Token is invalid or expired\"}]}";

    private sealed class JwtView : ApiView
    {
        public override IReadOnlyList<Type>? AuthenticationTypes => [typeof(JwtAuthentication)];

        public override IReadOnlyList<Type>? PermissionTypes => [typeof(IsAuthenticated)];

        protected override ValueTask<Response> GetAsync(Request request) =>
            ValueTask.FromResult(new Response(new Dictionary<string, object?> { ["user"] = request.User.UserName, ["auth"] = request.Auth?.GetType().Name }));
    }

    private static Task<AuthHost> StartAsync(FakeTimeProvider time) => AuthHost.StartAsync(
        e =>
        {
            e.MapView<JwtView>("jwt/");
            e.MapView<TokenObtainPairView>("token/");
            e.MapView<TokenRefreshView>("token/refresh/");
        },
        services: s =>
        {
            s.AddSingleton<TimeProvider>(time);
            s.AddRestFrameworkJwt(o => o.SigningKey = Key);
        });

    private static async Task<(string Refresh, string Access)> ObtainAsync(ApiClient client)
    {
        var json = (await client.PostAsync("/token/", new { username = "alice", password = "pw" })).Json()!;
        return (json["refresh"]!.GetValue<string>(), json["access"]!.GetValue<string>());
    }

    [Fact]
    public async Task Obtained_access_token_authenticates_the_user()
    {
        await using var auth = await StartAsync(new FakeTimeProvider());
        using var client = auth.CreateClient();

        var obtained = await client.PostAsync("/token/", new { username = "alice", password = "pw" });
        var access = obtained.Json()!["access"]!.GetValue<string>();
        client.Credentials(("Authorization", $"Bearer {access}"));
        var me = await client.GetAsync("/jwt/");

        Assert.Equal(200, obtained.StatusCode);
        Assert.StartsWith("{\"refresh\":\"", obtained.Text, StringComparison.Ordinal);
        Assert.Equal(200, me.StatusCode);
        Assert.Equal("{\"user\":\"alice\",\"auth\":\"ClaimsPrincipal\"}", me.Text);
    }

    [Theory]
    [InlineData("{\"username\":\"alice\",\"password\":\"bad\"}")]
    [InlineData("{\"username\":\"ina\",\"password\":\"pw\"}")]
    public async Task Wrong_credentials_get_no_active_account(string body)
    {
        await using var auth = await StartAsync(new FakeTimeProvider());
        using var client = auth.CreateClient();

        var response = await client.PostAsync("/token/", body, contentType: "application/json");

        Assert.Equal(401, response.StatusCode);
        Assert.Equal("{\"detail\":\"No active account found with the given credentials\"}", response.Text);
        Assert.Equal("Bearer realm=\"api\"", response.Header("WWW-Authenticate"));
    }

    [Fact]
    public async Task Obtain_validates_its_fields()
    {
        await using var auth = await StartAsync(new FakeTimeProvider());
        using var client = auth.CreateClient();

        var response = await client.PostAsync("/token/", new { username = "alice", password = "  " });

        Assert.Equal(400, response.StatusCode);
        Assert.Equal("{\"password\":[\"This field may not be blank.\"]}", response.Text);
    }

    [Fact]
    public async Task Refresh_gives_a_new_access_token()
    {
        var time = new FakeTimeProvider();
        await using var auth = await StartAsync(time);
        using var client = auth.CreateClient();
        var (refresh, _) = await ObtainAsync(client);
        time.Advance(TimeSpan.FromMinutes(10));

        var refreshed = await client.PostAsync("/token/refresh/", new { refresh });
        client.Credentials(("Authorization", $"Bearer {refreshed.Json()!["access"]!.GetValue<string>()}"));
        var me = await client.GetAsync("/jwt/");

        Assert.Equal(200, refreshed.StatusCode);
        Assert.StartsWith("{\"access\":\"", refreshed.Text, StringComparison.Ordinal);
        Assert.Equal(200, me.StatusCode);
    }

    [Fact]
    public async Task Refresh_refuses_invalid_expired_and_access_tokens()
    {
        var time = new FakeTimeProvider();
        await using var auth = await StartAsync(time);
        using var client = auth.CreateClient();
        var (refresh, access) = await ObtainAsync(client);

        var garbage = await client.PostAsync("/token/refresh/", new { refresh = "garbage" });
        var wrongType = await client.PostAsync("/token/refresh/", new { refresh = access });
        var missing = await client.PostAsync("/token/refresh/", new { });
        time.Advance(TimeSpan.FromDays(1));
        var expired = await client.PostAsync("/token/refresh/", new { refresh });

        const string Invalid = "{\"detail\":\"Token is invalid or expired\",\"code\":\"token_not_valid\"}";
        Assert.Equal((401, Invalid), (garbage.StatusCode, garbage.Text));
        Assert.Equal((401, Invalid), (wrongType.StatusCode, wrongType.Text));
        Assert.Equal((401, Invalid), (expired.StatusCode, expired.Text));
        Assert.Equal((400, "{\"refresh\":[\"This field is required.\"]}"), (missing.StatusCode, missing.Text));
    }

    [Fact]
    public async Task Bad_bearer_headers_fail_with_simple_jwt_messages()
    {
        var time = new FakeTimeProvider();
        await using var auth = await StartAsync(time);
        using var client = auth.CreateClient();
        var (refresh, access) = await ObtainAsync(client);

        async Task<(int, string, string?)> Get(string? header)
        {
            client.Credentials(header is null ? [] : [("Authorization", header)]);
            var response = await client.GetAsync("/jwt/");
            return (response.StatusCode, response.Text, response.Header("WWW-Authenticate"));
        }

        Assert.Equal((401, "{\"detail\":\"Authentication credentials were not provided.\"}", "Bearer realm=\"api\""), await Get(null));
        Assert.Equal((401, "{\"detail\":\"Authorization header must contain two space-delimited values\"}", "Bearer realm=\"api\""), await Get("Bearer"));
        Assert.Equal((401, "{\"detail\":\"Authorization header must contain two space-delimited values\"}", "Bearer realm=\"api\""), await Get("Bearer a b"));
        Assert.Equal((401, InvalidToken, "Bearer realm=\"api\""), await Get("Bearer garbage"));
        Assert.Equal((401, InvalidToken, "Bearer realm=\"api\""), await Get($"Bearer {refresh}"));
        Assert.Equal(401, (await Get($"Token {access}")).Item1);
        time.Advance(TimeSpan.FromMinutes(5));
        Assert.Equal((401, InvalidToken, "Bearer realm=\"api\""), await Get($"Bearer {access}"));
    }

    [Fact]
    public async Task Tokens_of_inactive_or_missing_users_are_refused()
    {
        await using var auth = await StartAsync(new FakeTimeProvider());
        using var client = auth.CreateClient();
        var tokens = auth.Host.Services.GetRequiredService<JwtTokens>();

        client.Credentials(("Authorization", $"Bearer {tokens.CreateAccessToken(2)}"));
        var inactive = await client.GetAsync("/jwt/");
        client.Credentials(("Authorization", $"Bearer {tokens.CreateAccessToken(999)}"));
        var missing = await client.GetAsync("/jwt/");

        Assert.Equal((401, "{\"detail\":\"User is inactive\"}"), (inactive.StatusCode, inactive.Text));
        Assert.Equal((401, "{\"detail\":\"User not found\"}"), (missing.StatusCode, missing.Text));
    }

    private sealed class StaffJwtView : ApiView
    {
        public override IReadOnlyList<Type>? AuthenticationTypes => [typeof(JwtAuthentication)];

        public override IReadOnlyList<Type>? PermissionTypes => [typeof(IsAuthenticated)];

        protected override ValueTask<Response> GetAsync(Request request) =>
            ValueTask.FromResult(new Response(new Dictionary<string, object?> { ["id"] = request.User.Id, ["type"] = request.User.GetType().Name }));
    }

    [Fact]
    public async Task Without_a_user_store_the_user_comes_from_the_claims()
    {
        await using var host = await ApiTestHost.StartAsync(
            e => e.MapView<StaffJwtView>("jwt/"), services: s => s.AddRestFrameworkJwt(o => o.SigningKey = Key));
        using var client = host.CreateClient();
        client.Credentials(("Authorization", $"Bearer {host.Services.GetRequiredService<JwtTokens>().CreateAccessToken(7)}"));

        var response = await client.GetAsync("/jwt/");

        Assert.Equal("{\"id\":\"7\",\"type\":\"ClaimsUser\"}", response.Text);
    }

    [Fact]
    public async Task A_short_signing_key_fails_at_startup_naming_the_setting()
    {
        var error = await Assert.ThrowsAsync<OptionsValidationException>(() =>
            ApiTestHost.StartAsync(e => e.MapView<JwtView>("jwt/"), services: s => s.AddRestFrameworkJwt(o => o.SigningKey = "short")));

        Assert.Contains("DRF201: RestFramework:Jwt:SigningKey must be a secret of at least 32 bytes", error.Message, StringComparison.Ordinal);
    }
}
