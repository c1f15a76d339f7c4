namespace InterviewPrep.Tests.Deployment;

public sealed class BankCacheTests
{
    private static readonly Dictionary<string, string?> Cached = new() { ["Cache:Seconds"] = "60" };

    [Fact]
    public async Task Without_cache_seconds_nothing_is_cached_as_in_the_reference()
    {
        using var database = new SharedDatabase();
        await using var app = new PrepInstance(database);
        using var client = app.CreateApiClient();

        var response = await client.GetAsync("/api/v1/questions/1/");

        Assert.Equal(200, response.StatusCode);
        Assert.Null(response.Header("ETag"));
        Assert.Null(response.Header("Cache-Control"));
    }

    [Fact]
    public async Task Cached_questions_answer_304_and_a_write_invalidates_them()
    {
        using var database = new SharedDatabase();
        await using var app = new PrepInstance(database, Cached);
        using var client = app.CreateApiClient();
        using var admin = await app.AdminClientAsync();

        var first = await client.GetAsync("/api/v1/questions/1/");
        var notModified = await client.GetAsync("/api/v1/questions/1/", headers: new Dictionary<string, string> { ["If-None-Match"] = first.Header("ETag")! });
        var patched = await admin.PatchAsync("/api/v1/questions/1/", new { title = "What does a cached answer cost?" });
        var after = await client.GetAsync("/api/v1/questions/1/");
        var stale = await client.GetAsync("/api/v1/questions/1/", headers: new Dictionary<string, string> { ["If-None-Match"] = first.Header("ETag")! });

        Assert.Equal("public, max-age=60", first.Header("Cache-Control"));
        Assert.Equal(304, notModified.StatusCode);
        Assert.Equal(200, patched.StatusCode);
        Assert.Equal("What does a cached answer cost?", after.Json()!["title"]!.GetValue<string>());
        Assert.NotEqual(first.Header("ETag"), after.Header("ETag"));
        Assert.Equal(200, stale.StatusCode);
    }

    [Fact]
    public async Task A_topic_write_invalidates_the_cached_questions_that_render_it()
    {
        using var database = new SharedDatabase();
        await using var app = new PrepInstance(database, Cached);
        using var client = app.CreateApiClient();
        using var admin = await app.AdminClientAsync();
        var before = (await client.GetAsync("/api/v1/questions/1/")).Json()!["topic"]!.GetValue<string>();
        var topics = (await client.GetAsync("/api/v1/topics/")).Json()!;

        var renamed = await admin.PatchAsync($"/api/v1/topics/{before}/", new { slug = "renamed-topic" });
        var after = (await client.GetAsync("/api/v1/questions/1/")).Json()!["topic"]!.GetValue<string>();
        var topicsAfter = (await client.GetAsync("/api/v1/topics/")).Json()!;

        Assert.Equal(200, renamed.StatusCode);
        Assert.NotEqual("renamed-topic", before);
        Assert.Equal("renamed-topic", after);
        Assert.DoesNotContain("renamed-topic", topics.ToJsonString(), StringComparison.Ordinal);
        Assert.Contains("renamed-topic", topicsAfter.ToJsonString(), StringComparison.Ordinal);
    }
}
