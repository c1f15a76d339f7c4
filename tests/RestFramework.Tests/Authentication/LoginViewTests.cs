using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using RestFramework.Authentication;
using RestFramework.Permissions;
using RestFramework.Requests;
using RestFramework.Responses;
using RestFramework.Testing;
using RestFramework.Views;

namespace RestFramework.Tests.Authentication;

public sealed partial class LoginViewTests
{
    private sealed class MeView : ApiView
    {
        public override IReadOnlyList<Type>? AuthenticationTypes => [typeof(SessionAuthentication)];

        public override IReadOnlyList<Type>? PermissionTypes => [typeof(IsAuthenticated)];

        protected override ValueTask<Response> GetAsync(Request request) =>
            ValueTask.FromResult(new Response(new Dictionary<string, object?> { ["user"] = request.User.UserName }));
    }

    [GeneratedRegex(@"(sessionid|csrftoken)=([^;,\s]*)")]
    private static partial Regex CookiePattern();

    private static Dictionary<string, string> Cookies(ApiResponse response) =>
        CookiePattern().Matches(response.Header("Set-Cookie") ?? string.Empty).ToDictionary(m => m.Groups[1].Value, m => m.Groups[2].Value);

    private static Task<AuthHost> StartAsync() => AuthHost.StartAsync(
        e =>
        {
            e.MapView<LoginView>("api-auth/login/");
            e.MapView<LogoutView>("api-auth/logout/");
            e.MapView<MeView>("session-me/");
        },
        services: s => s.AddRestFrameworkSession());

    private static async Task<(ApiClient Client, string Token)> WithCsrfAsync(AuthHost auth)
    {
        var client = auth.CreateClient();
        var page = await client.GetAsync("/api-auth/login/");
        client.Credentials(("Cookie", $"csrftoken={Cookies(page)["csrftoken"]}"));
        return (client, page.Json()!["csrftoken"]!.GetValue<string>());
    }

    private static Dictionary<string, object?> Form(string user, string password, string token) =>
        new() { ["username"] = user, ["password"] = password, [Csrf.FormField] = token };

    [Fact]
    public async Task Login_signs_in_with_the_session_cookie_and_rotates_the_csrf_token()
    {
        await using var auth = await StartAsync();
        var (client, token) = await WithCsrfAsync(auth);

        var login = await client.PostAsync("/api-auth/login/", Form("alice", "pw", token), "form");
        var cookies = Cookies(login);
        client.Credentials(("Cookie", $"sessionid={cookies["sessionid"]}; csrftoken={cookies["csrftoken"]}"));
        var me = await client.GetAsync("/session-me/");

        Assert.Equal(200, login.StatusCode);
        Assert.Equal("alice", login.Json()!["username"]!.GetValue<string>());
        Assert.NotEqual(token, login.Json()!["csrftoken"]!.GetValue<string>());
        Assert.Equal("{\"user\":\"alice\"}", me.Text);
        client.Dispose();
    }

    [Fact]
    public async Task Login_without_the_csrf_cookie_or_token_is_refused()
    {
        await using var auth = await StartAsync();
        using var bare = auth.CreateClient();
        var (client, _) = await WithCsrfAsync(auth);

        var noCookie = await bare.PostAsync("/api-auth/login/", new { username = "alice", password = "pw" }, "form");
        var noToken = await client.PostAsync("/api-auth/login/", new { username = "alice", password = "pw" }, "form");

        Assert.Equal((403, "{\"detail\":\"CSRF Failed: CSRF cookie not set.\"}"), (noCookie.StatusCode, noCookie.Text));
        Assert.Equal((403, "{\"detail\":\"CSRF Failed: CSRF token missing or incorrect.\"}"), (noToken.StatusCode, noToken.Text));
        client.Dispose();
    }

    [Theory]
    [InlineData("alice", "wrong")]
    [InlineData("ina", "pw")]
    public async Task Wrong_credentials_get_djangos_message(string user, string password)
    {
        await using var auth = await StartAsync();
        var (client, token) = await WithCsrfAsync(auth);

        var response = await client.PostAsync("/api-auth/login/", Form(user, password, token), "form");

        Assert.Equal(400, response.StatusCode);
        Assert.Equal(
            "{\"non_field_errors\":[\"Please enter a correct username and password. Note that both fields may be case-sensitive.\"]}",
            response.Text);
        Assert.False(Cookies(response).ContainsKey("sessionid"));
        client.Dispose();
    }

    [Theory]
    [InlineData("/questions/", 302)]
    [InlineData("//evil.example/", 200)]
    [InlineData("https://evil.example/", 200)]
    public async Task Login_redirects_to_local_next_urls_only(string next, int status)
    {
        await using var auth = await StartAsync();
        var (client, token) = await WithCsrfAsync(auth);
        var form = Form("alice", "pw", token);
        form["next"] = next;

        var response = await client.PostAsync("/api-auth/login/", form, "form");

        Assert.Equal(status, response.StatusCode);
        Assert.Equal(status == 302 ? next : null, response.Header("Location"));
        client.Dispose();
    }

    [Fact]
    public async Task Only_login_attempts_count_against_the_scope()
    {
        await using var auth = await AuthHost.StartAsync(
            e => e.MapView<LoginView>("api-auth/login/"),
            o => o.DefaultThrottleRates[ObtainAuthToken.Scope] = "2/minute",
            s =>
            {
                s.AddRestFrameworkSession();
                s.AddSingleton<TimeProvider>(new Throttling.FakeTimeProvider());
            });
        var (client, token) = await WithCsrfAsync(auth);
        await client.GetAsync("/api-auth/login/");
        await client.GetAsync("/api-auth/login/");

        var first = await client.PostAsync("/api-auth/login/", Form("alice", "bad", token), "form");
        var second = await client.PostAsync("/api-auth/login/", Form("alice", "bad", token), "form");
        var third = await client.PostAsync("/api-auth/login/", Form("alice", "pw", token), "form");

        Assert.Equal([400, 400, 429], new[] { first.StatusCode, second.StatusCode, third.StatusCode });
        client.Dispose();
    }

    [Fact]
    public async Task Logout_ends_the_session()
    {
        await using var auth = await StartAsync();
        var (client, token) = await WithCsrfAsync(auth);
        var login = await client.PostAsync("/api-auth/login/", Form("alice", "pw", token), "form");
        client.Credentials(("Cookie", $"sessionid={Cookies(login)["sessionid"]}"));

        var logout = await client.PostAsync("/api-auth/logout/");
        var redirected = await client.GetAsync("/api-auth/logout/?next=/home/");

        Assert.Equal((200, "{\"detail\":\"Logged out.\"}"), (logout.StatusCode, logout.Text));
        Assert.Equal(string.Empty, Cookies(logout)["sessionid"]);
        Assert.Equal((302, "/home/"), (redirected.StatusCode, redirected.Header("Location")));
        client.Dispose();
    }
}
