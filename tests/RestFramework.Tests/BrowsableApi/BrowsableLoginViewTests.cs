using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using RestFramework.Authentication;
using RestFramework.Testing;
using RestFramework.Tests.Authentication;

namespace RestFramework.Tests.BrowsableApi;

public sealed partial class BrowsableLoginViewTests
{
    private static readonly Dictionary<string, string> Html = new() { ["Accept"] = "text/html" };

    [GeneratedRegex(@"csrftoken=([^;,\s]*)")]
    private static partial Regex CsrfCookie();

    [GeneratedRegex("name=\"csrfmiddlewaretoken\" value=\"([^\"]+)\"")]
    private static partial Regex CsrfInput();

    private static Task<AuthHost> StartAsync() => AuthHost.StartAsync(e => e.MapBrowsableApiAuth(), services: s => s.AddRestFrameworkSession());

    [Fact]
    public async Task Login_page_has_a_form_with_the_csrf_token_and_an_escaped_next()
    {
        await using var auth = await StartAsync();
        using var client = auth.CreateClient();

        var page = await client.GetAsync("/api-auth/login/?next=/x%22%3E%3Cscript%3Ealert(1)%3C/script%3E", headers: Html);

        Assert.Equal("text/html; charset=utf-8", page.ContentType);
        Assert.Contains("<h1>Log in</h1>", page.Text);
        Assert.Matches(CsrfInput(), page.Text);
        Assert.Contains("name=\"next\" value=\"/x&quot;&gt;&lt;script&gt;alert(1)&lt;/script&gt;\"", page.Text);
        Assert.DoesNotContain("<script>alert(1)", page.Text);
    }

    [Fact]
    public async Task Wrong_credentials_show_the_error_and_keep_the_escaped_username()
    {
        await using var auth = await StartAsync();
        using var client = auth.CreateClient();
        var page = await client.GetAsync("/api-auth/login/", headers: Html);
        client.Credentials(("Cookie", $"csrftoken={CsrfCookie().Match(page.Header("Set-Cookie")!).Groups[1].Value}"));
        var token = CsrfInput().Match(page.Text).Groups[1].Value;

        var response = await client.PostAsync(
            "/api-auth/login/", new Dictionary<string, object?> { ["username"] = "<script>x</script>", ["password"] = "no", [Csrf.FormField] = token }, "form", headers: Html);

        Assert.Equal(400, response.StatusCode);
        Assert.Contains("<div class=\"alert alert-danger\">Please enter a correct username and password. Note that both fields may be case-sensitive.</div>", response.Text);
        Assert.Contains("value=\"&lt;script&gt;x&lt;/script&gt;\"", response.Text);
        Assert.DoesNotContain("<script>x", response.Text);
    }

    [Fact]
    public async Task Login_redirects_to_a_local_next()
    {
        await using var auth = await StartAsync();
        using var client = auth.CreateClient();
        var page = await client.GetAsync("/api-auth/login/", headers: Html);
        var csrf = CsrfCookie().Match(page.Header("Set-Cookie")!).Groups[1].Value;
        client.Credentials(("Cookie", $"csrftoken={csrf}"));

        var response = await client.PostAsync(
            "/api-auth/login/",
            new Dictionary<string, object?> { ["username"] = "alice", ["password"] = "pw", ["next"] = "/api-auth/logout/", [Csrf.FormField] = CsrfInput().Match(page.Text).Groups[1].Value },
            "form",
            headers: Html);

        Assert.Equal(302, response.StatusCode);
        Assert.Equal("/api-auth/logout/", response.Header("Location"));
    }
}
