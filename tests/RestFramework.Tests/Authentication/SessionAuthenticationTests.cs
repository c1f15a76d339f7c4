using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using RestFramework.Authentication;
using RestFramework.Permissions;
using RestFramework.Requests;
using RestFramework.Responses;
using RestFramework.Testing;
using RestFramework.Views;

namespace RestFramework.Tests.Authentication;

public sealed partial class SessionAuthenticationTests
{
    private sealed class SessionView : ApiView
    {
        public override IReadOnlyList<Type>? AuthenticationTypes => [typeof(SessionAuthentication), typeof(TokenAuthentication)];

        public override IReadOnlyList<Type>? PermissionTypes => [typeof(IsAuthenticated)];

        protected override ValueTask<Response> GetAsync(Request request) => Echo(request);

        protected override ValueTask<Response> PostAsync(Request request) => Echo(request);

        protected override ValueTask<Response> PutAsync(Request request) => Echo(request);

        protected override ValueTask<Response> PatchAsync(Request request) => Echo(request);

        protected override ValueTask<Response> DeleteAsync(Request request) => Echo(request);

        private static ValueTask<Response> Echo(Request request) => ValueTask.FromResult(new Response(new Dictionary<string, object?>
        {
            ["user"] = request.User.UserName,
            ["x"] = request.Data?["x"]?.ToString(),
        }));
    }

    private sealed class OpenSessionView : ApiView
    {
        public override IReadOnlyList<Type>? AuthenticationTypes => [typeof(SessionAuthentication)];

        protected override ValueTask<Response> PostAsync(Request request) => ValueTask.FromResult(new Response(null, 204));
    }

    private static void Endpoints(IEndpointRouteBuilder e)
    {
        e.MapView<SessionView>("session/");
        e.MapView<OpenSessionView>("open/");
        e.MapPost("/login/{name}", async (HttpContext context, string name, AuthDbContext db) =>
        {
            var user = await db.Set<User>().SingleAsync(u => u.UserName == name);
            return await Session.LoginAsync(context, user);
        });
        e.MapPost("/logout/", (HttpContext context) => Session.LogoutAsync(context));
        e.MapGet("/csrf/", (HttpContext context) => Csrf.GetToken(context));
    }

    [GeneratedRegex(@"(sessionid|csrftoken)=([^;,\s]+)")]
    private static partial Regex CookiePattern();

    private sealed record LoggedIn(ApiClient Client, string Session, string CsrfCookie, string CsrfToken);

    private static Task<AuthHost> StartAsync() => AuthHost.StartAsync(Endpoints, services: s => s.AddRestFrameworkSession());

    private static async Task<LoggedIn> LoginAsync(AuthHost auth, string name = "alice", bool sendCsrfCookie = true)
    {
        var client = auth.CreateClient();
        var response = await client.PostAsync($"/login/{name}");
        var cookies = CookiePattern().Matches(response.Header("Set-Cookie") ?? string.Empty).ToDictionary(m => m.Groups[1].Value, m => m.Groups[2].Value);
        var cookie = $"sessionid={cookies["sessionid"]}" + (sendCsrfCookie ? $"; csrftoken={cookies["csrftoken"]}" : string.Empty);
        client.Credentials(("Cookie", cookie));
        return new LoggedIn(client, cookies["sessionid"], cookies["csrftoken"], response.Text);
    }

    private static Dictionary<string, string> Header(string token) => new() { [Csrf.HeaderName] = token };

    [Fact]
    public async Task Signed_in_user_is_authenticated_by_the_session_cookie()
    {
        await using var auth = await StartAsync();
        var session = await LoginAsync(auth);

        var response = await session.Client.GetAsync("/session/");

        Assert.Equal(200, response.StatusCode);
        Assert.Equal("{\"user\":\"alice\",\"x\":null}", response.Text);
        Assert.Matches("^[A-Za-z0-9]{64}$", session.CsrfToken);
        Assert.Matches("^[A-Za-z0-9]{64}$", session.CsrfCookie);
    }

    [Theory]
    [InlineData("POST")]
    [InlineData("PUT")]
    [InlineData("PATCH")]
    [InlineData("DELETE")]
    public async Task Unsafe_requests_without_the_token_fail_csrf(string method)
    {
        await using var auth = await StartAsync();
        var session = await LoginAsync(auth);

        var response = await session.Client.SendAsync(new HttpMethod(method), "/session/", new { x = 1 });

        Assert.Equal(403, response.StatusCode);
        Assert.Equal("{\"detail\":\"CSRF Failed: CSRF token missing or incorrect.\"}", response.Text);
    }

    [Theory]
    [InlineData("POST")]
    [InlineData("PUT")]
    [InlineData("PATCH")]
    [InlineData("DELETE")]
    public async Task Unsafe_requests_with_the_header_token_pass(string method)
    {
        await using var auth = await StartAsync();
        var session = await LoginAsync(auth);

        var response = await session.Client.SendAsync(new HttpMethod(method), "/session/", new { x = 1 }, headers: Header(session.CsrfToken));

        Assert.Equal(200, response.StatusCode);
        Assert.Equal("{\"user\":\"alice\",\"x\":\"1\"}", response.Text);
    }

    [Fact]
    public async Task Cookie_value_itself_is_accepted_as_the_token()
    {
        await using var auth = await StartAsync();
        var session = await LoginAsync(auth);

        var response = await session.Client.PostAsync("/session/", new { x = 1 }, headers: Header(session.CsrfCookie));

        Assert.Equal(200, response.StatusCode);
    }

    [Theory]
    [InlineData("form")]
    [InlineData("multipart")]
    public async Task Form_field_token_passes_and_the_view_still_reads_the_body(string format)
    {
        await using var auth = await StartAsync();
        var session = await LoginAsync(auth);

        var response = await session.Client.PostAsync("/session/", new Dictionary<string, object?> { ["x"] = "hello", [Csrf.FormField] = session.CsrfToken }, format);

        Assert.Equal(200, response.StatusCode);
        Assert.Equal("{\"user\":\"alice\",\"x\":\"hello\"}", response.Text);
    }

    [Theory]
    [InlineData("abc")]
    [InlineData("")]
    [InlineData("aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa")]
    [InlineData("!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!")]
    public async Task Wrong_tokens_fail_csrf(string token)
    {
        await using var auth = await StartAsync();
        var session = await LoginAsync(auth);

        var response = await session.Client.PostAsync("/session/", new { x = 1 }, headers: Header(token));

        Assert.Equal(403, response.StatusCode);
        Assert.Equal("{\"detail\":\"CSRF Failed: CSRF token missing or incorrect.\"}", response.Text);
    }

    [Fact]
    public async Task Missing_csrf_cookie_fails_csrf()
    {
        await using var auth = await StartAsync();
        var session = await LoginAsync(auth, sendCsrfCookie: false);

        var response = await session.Client.PostAsync("/session/", new { x = 1 }, headers: Header(session.CsrfToken));

        Assert.Equal(403, response.StatusCode);
        Assert.Equal("{\"detail\":\"CSRF Failed: CSRF cookie not set.\"}", response.Text);
    }

    [Fact]
    public async Task Token_authenticated_unsafe_requests_skip_csrf()
    {
        await using var auth = await StartAsync();
        using var client = auth.CreateClient();
        client.Credentials(("Authorization", $"Token {auth.AliceToken}"));

        var response = await client.PostAsync("/session/", new { x = 2 });

        Assert.Equal(200, response.StatusCode);
    }

    [Fact]
    public async Task Anonymous_unsafe_requests_skip_csrf()
    {
        await using var auth = await StartAsync();
        using var client = auth.CreateClient();

        var response = await client.PostAsync("/open/", new { });

        Assert.Equal(204, response.StatusCode);
    }

    [Fact]
    public async Task Anonymous_refusal_is_403_because_session_has_no_challenge()
    {
        await using var auth = await StartAsync();
        using var client = auth.CreateClient();

        var response = await client.GetAsync("/session/");

        Assert.Equal(403, response.StatusCode);
        Assert.Equal("{\"detail\":\"Authentication credentials were not provided.\"}", response.Text);
        Assert.Null(response.Header("WWW-Authenticate"));
    }

    [Fact]
    public async Task Inactive_users_session_is_ignored()
    {
        await using var auth = await StartAsync();
        var session = await LoginAsync(auth, "ina");

        var response = await session.Client.GetAsync("/session/");

        Assert.Equal(403, response.StatusCode);
        Assert.Equal("{\"detail\":\"Authentication credentials were not provided.\"}", response.Text);
    }

    [Fact]
    public async Task Logout_ends_the_session()
    {
        await using var auth = await StartAsync();
        var session = await LoginAsync(auth);
        var logout = await session.Client.PostAsync("/logout/");
        var cleared = CookiePattern().Matches(logout.Header("Set-Cookie") ?? string.Empty).FirstOrDefault(m => m.Groups[1].Value == "sessionid");
        session.Client.Credentials(("Cookie", cleared is null ? string.Empty : $"sessionid={cleared.Groups[2].Value}"));

        var response = await session.Client.GetAsync("/session/");

        Assert.Equal(403, response.StatusCode);
    }

    [Fact]
    public async Task Get_token_sets_the_cookie_once_and_masks_each_time()
    {
        await using var auth = await StartAsync();
        using var client = auth.CreateClient();

        var first = await client.GetAsync("/csrf/");
        var cookie = CookiePattern().Match(first.Header("Set-Cookie")!).Groups[2].Value;
        client.Credentials(("Cookie", $"csrftoken={cookie}"));
        var second = await client.GetAsync("/csrf/");

        Assert.Contains("max-age=31449600", first.Header("Set-Cookie"), StringComparison.OrdinalIgnoreCase);
        Assert.Null(second.Header("Set-Cookie"));
        Assert.NotEqual(first.Text, second.Text);
        Assert.Matches("^[A-Za-z0-9]{64}$", second.Text);
    }

    [Theory]
    [InlineData(null, "CSRF Failed: Referer checking failed - no Referer.")]
    [InlineData("nonsense", "CSRF Failed: Referer checking failed - Referer is malformed.")]
    [InlineData("http://localhost/page", "CSRF Failed: Referer checking failed - Referer is insecure while host is secure.")]
    [InlineData("https://evil.example/page", "CSRF Failed: Referer checking failed - https://evil.example/page does not match any trusted origins.")]
    [InlineData("https://localhost/page", null)]
    public async Task Https_requests_check_the_referer(string? referer, string? detail)
    {
        await using var auth = await StartAsync();
        var session = await LoginAsync(auth);
        var headers = Header(session.CsrfToken);
        if (referer is not null)
        {
            headers["Referer"] = referer;
        }

        var response = await session.Client.PostAsync("https://localhost/session/", new { x = 1 }, headers: headers);

        Assert.Equal(detail is null ? 200 : 403, response.StatusCode);
        if (detail is not null)
        {
            Assert.Equal($"{{\"detail\":\"{detail}\"}}", response.Text);
        }
    }
}
