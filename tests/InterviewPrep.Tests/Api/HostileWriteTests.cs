// The hostile-input corpus, writes: mass assignment, another user's objects (IDOR) and markup stored as text.
namespace InterviewPrep.Tests.Api;

public sealed class HostileWriteTests(HostileApp app) : IClassFixture<HostileApp>
{
    private static readonly System.Text.Json.JsonSerializerOptions RelaxedJson = new() { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    [Fact]
    public async Task Signup_ignores_is_staff_id_and_other_unknown_keys()
    {
        var response = await app.Anonymous.PostAsync("/api/v1/auth/signup/", new Dictionary<string, object?>
        {
            ["username"] = "mallory", ["email"] = "m@example.com", ["password"] = "mallory-pass", ["password_confirm"] = "mallory-pass",
            ["is_staff"] = true, ["is_superuser"] = true, ["id"] = 1, ["is_active"] = false,
        });
        var users = await app.Admin.GetAsync("/api/v1/users/?page_size=100");
        var mallory = users.Json()!["results"]!.AsArray().Single(u => u!["username"]!.GetValue<string>() == "mallory")!;

        Assert.Equal(201, response.StatusCode);
        Assert.Equal(["id", "username", "email"], response.Json()!.AsObject().Select(p => p.Key));
        Assert.NotEqual(1, response.Json()!["id"]!.GetValue<int>());
        Assert.False(mallory["is_staff"]!.GetValue<bool>());
    }

    [Fact]
    public async Task Question_create_ignores_id_created_at_and_url()
    {
        var response = await app.Admin.PostAsync("/api/v1/questions/", new Dictionary<string, object?>
        {
            ["id"] = 1, ["url"] = "http://evil.example/", ["created_at"] = "2000-01-01T00:00:00Z", ["title"] = "Is mass assignment ignored?",
            ["level"] = "mid", ["frequency_rank"] = 30, ["topic"] = "fundamentals", ["answer"] = "Yes.",
        });
        var json = response.Json()!;

        Assert.Equal(201, response.StatusCode);
        Assert.NotEqual(1, json["id"]!.GetValue<int>());
        Assert.StartsWith($"http://127.0.0.1:{app.Port}/api/v1/questions/", json["url"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.NotEqual("2000-01-01T00:00:00Z", json["created_at"]!.GetValue<string>());
    }

    [Fact]
    public async Task Practice_ignores_user_score_and_coverage_in_the_body()
    {
        var response = await app.Bob.PostAsync("/api/v1/questions/1/practice/", new Dictionary<string, object?>
        {
            ["answer"] = "nothing relevant", ["user"] = 1, ["score"] = 100, ["covered"] = new[] { "everything" }, ["question"] = 2,
        });
        var json = response.Json()!;
        var admins = (await app.Admin.GetAsync("/api/v1/attempts/")).Json()!["count"]!.GetValue<int>();

        Assert.Equal((201, 0, 1, "[]"), (response.StatusCode, json["score"]!.GetValue<int>(), json["question"]!.GetValue<int>(), json["covered"]!.ToJsonString()));
        Assert.Equal(0, admins);
    }

    [Fact]
    public async Task Another_users_attempt_is_not_found_to_read_and_to_delete()
    {
        var created = (await app.Alice.PostAsync("/api/v1/questions/2/practice/", new { answer = "serializers" })).Json()!;
        var path = $"/api/v1/attempts/{created["id"]}/";

        var read = await app.Bob.GetAsync(path);
        var delete = await app.Bob.DeleteAsync(path);
        var still = await app.Alice.GetAsync(path);

        Assert.Equal((404, "{\"detail\":\"Not found.\"}"), (read.StatusCode, read.Text));
        Assert.Equal((404, "{\"detail\":\"Not found.\"}"), (delete.StatusCode, delete.Text));
        Assert.Equal(200, still.StatusCode);
    }

    [Theory]
    [InlineData("<script>alert(1)</script>?")]
    [InlineData("\"><img src=x onerror=alert(1)>?")]
    [InlineData("javascript:alert(1)//?")]
    [InlineData("{{7*7}} ${7*7}?")]
    public async Task Markup_is_stored_and_rendered_as_json_text(string title)
    {
        var created = await app.Admin.PostAsync("/api/v1/questions/", new { title, level = "mid", frequency_rank = 40, topic = "fundamentals", answer = title });
        var read = await app.Anonymous.GetAsync($"/api/v1/questions/{created.Json()!["id"]}/");

        Assert.Equal((201, "application/json"), (created.StatusCode, read.ContentType));
        Assert.Equal(title, read.Json()!["title"]!.GetValue<string>());
        Assert.Equal(title, read.Json()!["answer"]!.GetValue<string>());
        Assert.Equal("nosniff", read.Header("X-Content-Type-Options"));
        // As DRF's renderer: JSON text, quotes escaped, markup characters written as they are.
        Assert.Contains("\"title\":" + System.Text.Json.JsonSerializer.Serialize(title, RelaxedJson), read.Text, StringComparison.Ordinal);
    }
}
