using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using RestFramework.Authentication;
using RestFramework.Testing;

namespace InterviewPrep.Tests.Deployment;

public sealed partial class SharedSessionTests
{
    [GeneratedRegex(@"(sessionid|csrftoken)=([^;,\s]*)")]
    private static partial Regex CookiePattern();

    private static Dictionary<string, string> Cookies(ApiResponse response) =>
        CookiePattern().Matches(response.Header("Set-Cookie") ?? string.Empty).ToDictionary(m => m.Groups[1].Value, m => m.Groups[2].Value);

    [Fact]
    public async Task A_session_logged_in_on_one_instance_is_accepted_by_another_with_another_content_root()
    {
        using var database = new SharedDatabase();
        await using var first = new PrepInstance(database);
        await using var second = new PrepInstance(database);
        using var a = first.CreateApiClient();
        using var b = second.CreateApiClient();
        var page = await a.GetAsync("/api-auth/login/");
        var csrf = Cookies(page)[Csrf.CookieName];
        a.Credentials(("Cookie", $"{Csrf.CookieName}={csrf}"));

        var login = await a.PostAsync(
            "/api-auth/login/",
            new Dictionary<string, object?> { ["username"] = PrepFactory.AdminName, ["password"] = PrepFactory.AdminPassword, [Csrf.FormField] = csrf },
            "form");
        var cookies = Cookies(login);
        b.Credentials(("Cookie", $"sessionid={cookies["sessionid"]}; {Csrf.CookieName}={cookies[Csrf.CookieName]}"));
        var me = await b.GetAsync("/api/v1/users/me/");
        // An unsafe request with the session: the CSRF token of the first instance passes the second's check too.
        var topic = await b.PostAsync(
            "/api/v1/topics/",
            new { name = "Shared sessions", slug = "shared-sessions", description = "" },
            headers: new Dictionary<string, string> { [Csrf.HeaderName] = cookies[Csrf.CookieName] });
        using var anonymous = second.CreateApiClient();
        var withoutSession = await anonymous.GetAsync("/api/v1/users/me/");

        Assert.NotEqual(first.Services.GetRequiredService<IWebHostEnvironment>().ContentRootPath, second.Services.GetRequiredService<IWebHostEnvironment>().ContentRootPath);
        Assert.True(login.StatusCode is 200 or 302, login.Text);
        Assert.Equal(200, me.StatusCode);
        Assert.Equal(PrepFactory.AdminName, me.Json()!["username"]!.GetValue<string>());
        Assert.Equal(201, topic.StatusCode);
        Assert.Equal(401, withoutSession.StatusCode);
    }
}
