using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using RestFramework.Authentication;
using RestFramework.Testing;

namespace RestFramework.Tests.Authentication;

public sealed partial class ObtainAuthTokenTests
{
    [GeneratedRegex("^[0-9a-f]{40}$")]
    private static partial Regex KeyFormat();

    [Theory]
    [InlineData("json")]
    [InlineData("form")]
    [InlineData("multipart")]
    public async Task Valid_credentials_give_the_users_token(string format)
    {
        await using var auth = await AuthHost.StartAsync();
        using var client = auth.CreateClient();

        var response = await client.PostAsync("/api-token-auth/", new { username = "alice", password = "pw" }, format);

        Assert.Equal(200, response.StatusCode);
        Assert.Equal("application/json", response.ContentType);
        Assert.Equal($"{{\"token\":\"{auth.AliceToken}\"}}", response.Text);
    }

    [Fact]
    public async Task A_token_is_created_on_first_login_and_reused()
    {
        await using var auth = await AuthHost.StartAsync();
        await using (var scope = auth.Host.Services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<IUserStore>().CreateUserAsync("dave", "secret");
        }
        using var client = auth.CreateClient();

        var first = (await client.PostAsync("/api-token-auth/", new { username = "dave", password = "secret" })).Json()!["token"]!.GetValue<string>();
        var second = (await client.PostAsync("/api-token-auth/", new { username = "dave", password = "secret" })).Json()!["token"]!.GetValue<string>();
        client.Credentials(("Authorization", $"Token {first}"));
        var me = await client.GetAsync("/me/");

        Assert.Matches(KeyFormat(), first);
        Assert.Equal(first, second);
        Assert.Equal("{\"user\":\"dave\",\"auth\":\"Token\"}", me.Text);
    }

    [Theory]
    [InlineData("{}", "{\"username\":[\"This field is required.\"],\"password\":[\"This field is required.\"]}")]
    [InlineData("{\"username\":null,\"password\":null}", "{\"username\":[\"This field may not be null.\"],\"password\":[\"This field may not be null.\"]}")]
    [InlineData("{\"username\":\"  \",\"password\":\"  \"}", "{\"username\":[\"This field may not be blank.\"]}")]
    [InlineData("{\"username\":\"\",\"password\":\"\"}", "{\"username\":[\"This field may not be blank.\"],\"password\":[\"This field may not be blank.\"]}")]
    [InlineData("{\"username\":true,\"password\":{}}", "{\"username\":[\"Not a valid string.\"],\"password\":[\"Not a valid string.\"]}")]
    [InlineData("{\"username\":\"a\\u0000\",\"password\":\"pw\"}", "{\"username\":[\"Null characters are not allowed.\"]}")]
    [InlineData("{\"username\":\"alice\",\"password\":\"bad\"}", "{\"non_field_errors\":[\"Unable to log in with provided credentials.\"]}")]
    [InlineData("{\"username\":\"ALICE\",\"password\":\"pw\"}", "{\"non_field_errors\":[\"Unable to log in with provided credentials.\"]}")]
    [InlineData("{\"username\":\"nobody\",\"password\":\"pw\"}", "{\"non_field_errors\":[\"Unable to log in with provided credentials.\"]}")]
    [InlineData("{\"username\":\"ina\",\"password\":\"pw\"}", "{\"non_field_errors\":[\"Unable to log in with provided credentials.\"]}")]
    [InlineData("{\"username\":12,\"password\":1.5}", "{\"non_field_errors\":[\"Unable to log in with provided credentials.\"]}")]
    [InlineData("[1]", "{\"non_field_errors\":[\"Invalid data. Expected a dictionary, but got list.\"]}")]
    [InlineData("\"x\"", "{\"non_field_errors\":[\"Invalid data. Expected a dictionary, but got str.\"]}")]
    [InlineData("null", "{\"non_field_errors\":[\"No data provided\"]}")]
    public async Task Invalid_input_gives_drf_errors(string body, string errors)
    {
        await using var auth = await AuthHost.StartAsync();
        using var client = auth.CreateClient();

        var response = await client.PostAsync("/api-token-auth/", body, contentType: "application/json");

        Assert.Equal(400, response.StatusCode);
        Assert.Equal(errors, response.Text);
    }

    [Fact]
    public async Task A_file_is_not_a_valid_string()
    {
        await using var auth = await AuthHost.StartAsync();
        using var client = auth.CreateClient();
        var data = new Dictionary<string, object?> { ["username"] = new ApiFile("u.txt", "alice"u8.ToArray(), "text/plain"), ["password"] = "pw" };

        var response = await client.PostAsync("/api-token-auth/", data, "multipart");

        Assert.Equal(400, response.StatusCode);
        Assert.Equal("{\"username\":[\"Not a valid string.\"]}", response.Text);
    }

    [Fact]
    public async Task Username_is_trimmed_and_password_is_not()
    {
        await using var auth = await AuthHost.StartAsync();
        using var client = auth.CreateClient();

        var trimmed = await client.PostAsync("/api-token-auth/", new { username = " alice ", password = "pw" });
        var spaced = await client.PostAsync("/api-token-auth/", new { username = "alice", password = " pw" });

        Assert.Equal(200, trimmed.StatusCode);
        Assert.Equal(400, spaced.StatusCode);
    }

    [Theory]
    [InlineData("GET")]
    [InlineData("PUT")]
    public async Task Only_post_is_allowed(string method)
    {
        await using var auth = await AuthHost.StartAsync();
        using var client = auth.CreateClient();

        var response = await client.SendAsync(new HttpMethod(method), "/api-token-auth/", null);

        Assert.Equal(405, response.StatusCode);
        Assert.Equal($"{{\"detail\":\"Method \\\"{method}\\\" not allowed.\"}}", response.Text);
        Assert.Equal("POST, OPTIONS", response.Header("Allow"));
    }

    [Fact]
    public async Task Password_never_appears_in_a_response()
    {
        const string Secret = "hunter2-very-secret";
        await using var auth = await AuthHost.StartAsync();
        using var client = auth.CreateClient();

        var bodies = new List<string>
        {
            (await client.PostAsync("/api-token-auth/", new { username = "alice", password = Secret })).Text,
            (await client.PostAsync("/api-token-auth/", new { username = "", password = Secret })).Text,
            (await client.PostAsync("/api-token-auth/", new { username = Secret }, "form")).Text,
        };
        client.Credentials(("Authorization", "Basic " + Convert.ToBase64String(System.Text.Encoding.UTF8.GetBytes("alice:" + Secret))));
        bodies.Add((await client.GetAsync("/me/")).Text);

        Assert.All(bodies, body => Assert.DoesNotContain("hunter2", body, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Password_never_appears_in_a_log()
    {
        var logs = new ListLoggerProvider();
        await using var auth = await AuthHost.StartAsync(services: s => s.AddLogging(b => b.AddProvider(logs).SetMinimumLevel(LogLevel.Trace)));
        using var client = auth.CreateClient();

        await client.PostAsync("/api-token-auth/", new { username = "alice", password = "hunter2-log" });
        await client.PostAsync("/api-token-auth/", new { username = "alice", password = "pw" });
        client.Credentials(("Authorization", "Basic " + Convert.ToBase64String(System.Text.Encoding.UTF8.GetBytes("alice:hunter2-log"))));
        await client.GetAsync("/me/");

        Assert.NotEmpty(logs.Messages);
        Assert.All(logs.Messages, m => Assert.DoesNotContain("hunter2", m, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Brute_force_is_throttled_by_the_views_scope()
    {
        await using var auth = await AuthHost.StartAsync(
            options: o => o.DefaultThrottleRates[ObtainAuthToken.Scope] = "3/minute",
            services: s => s.AddSingleton<TimeProvider>(new Throttling.FakeTimeProvider()));
        using var client = auth.CreateClient();

        var statuses = new List<int>();
        for (var i = 0; i < 4; i++)
        {
            statuses.Add((await client.PostAsync("/api-token-auth/", new { username = "alice", password = $"guess{i}" })).StatusCode);
        }
        var correct = await client.PostAsync("/api-token-auth/", new { username = "alice", password = "pw" });

        Assert.Equal([400, 400, 400, 429], statuses);
        Assert.Equal(429, correct.StatusCode);
        Assert.Equal("{\"detail\":\"Request was throttled. Expected available in 60 seconds.\"}", correct.Text);
    }

    [Fact]
    public async Task Not_throttled_unless_its_scope_has_a_rate()
    {
        await using var auth = await AuthHost.StartAsync();
        using var client = auth.CreateClient();

        for (var i = 0; i < 5; i++)
        {
            Assert.Equal(400, (await client.PostAsync("/api-token-auth/", new { username = "alice", password = "x" })).StatusCode);
        }
    }

    private sealed class EmptyCredentialsView(IUserStore store) : ObtainAuthToken(store)
    {
        protected override ValueTask<RestFramework.Responses.Response> PostAsync(RestFramework.Requests.Request request) => Validate();

        private async ValueTask<RestFramework.Responses.Response> Validate()
        {
            await ValidateAsync("alice", string.Empty);
            return new RestFramework.Responses.Response(null, 204);
        }
    }

    [Fact]
    public async Task Empty_credentials_must_include_both()
    {
        await using var auth = await AuthHost.StartAsync(e => e.MapView<EmptyCredentialsView>("empty/"));
        using var client = auth.CreateClient();

        var response = await client.PostAsync("/empty/", new { });

        Assert.Equal(400, response.StatusCode);
        Assert.Equal("{\"non_field_errors\":[\"Must include \\\"username\\\" and \\\"password\\\".\"]}", response.Text);
    }

    [Fact]
    public void Token_keys_are_unguessable_lowercase_hex()
    {
        var keys = Enumerable.Range(0, 10_000).Select(_ => Token.GenerateKey()).ToList();

        Assert.All(keys, key => Assert.Matches(KeyFormat(), key));
        Assert.Equal(keys.Count, keys.Distinct().Count());
        // Every hex digit appears at every position: no fixed or biased characters.
        for (var position = 0; position < Token.KeyLength; position++)
        {
            Assert.Equal(16, keys.Select(k => k[position]).Distinct().Count());
        }
    }
}
