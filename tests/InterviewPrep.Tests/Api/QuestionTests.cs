using System.Text.Json.Nodes;

namespace InterviewPrep.Tests.Api;

public sealed class QuestionTests
{
    private static object NewQuestion(string title = "What is a throttle scope?", string level = "mid", int rank = 12, string[]? keyPoints = null) => new
    {
        title,
        level,
        frequency_rank = rank,
        topic = "throttling-versioning",
        answer = "A named rate.",
        key_points = keyPoints ?? ["scope", "rate|limit"],
        red_flags = new[] { new { text = "never heard" } },
    };

    [Fact]
    public async Task List_is_paginated_by_ten_with_absolute_links_and_page_size()
    {
        await using var app = new PrepFactory();
        using var client = app.CreateApiClient();

        var first = (await client.GetAsync("/api/v1/questions/")).Json()!;
        var sized = (await client.GetAsync("/api/v1/questions/?page_size=5&page=2")).Json()!;
        var invalid = await client.GetAsync("/api/v1/questions/?page=9");

        Assert.Equal(23, first["count"]!.GetValue<int>());
        Assert.Equal("http://localhost/api/v1/questions/?page=2", first["next"]!.GetValue<string>());
        Assert.Null(first["previous"]);
        Assert.Equal(10, first["results"]!.AsArray().Count);
        Assert.Equal("http://localhost/api/v1/questions/?page_size=5", sized["previous"]!.GetValue<string>());
        Assert.Equal("http://localhost/api/v1/questions/?page=3&page_size=5", sized["next"]!.GetValue<string>());
        Assert.Equal((404, "{\"detail\":\"Invalid page.\"}"), (invalid.StatusCode, invalid.Text));
    }

    [Fact]
    public async Task Representation_keys_follow_the_contract_and_v2_adds_frequency_label()
    {
        await using var app = new PrepFactory();
        using var client = app.CreateApiClient();

        var v1 = (await client.GetAsync("/api/v1/questions/1/")).Json()!.AsObject();
        var v2 = (await client.GetAsync("/api/v2/questions/7/")).Json()!.AsObject();

        Assert.Equal(["id", "url", "title", "level", "frequency_rank", "topic", "answer", "follow_up", "key_points", "red_flags", "created_at", "updated_at"], v1.Select(p => p.Key));
        Assert.Equal("http://localhost/api/v1/questions/1/", v1["url"]!.GetValue<string>());
        Assert.Equal(["id", "text"], v1["red_flags"]![0]!.AsObject().Select(p => p.Key));
        Assert.Equal("frequency_label", v2.ElementAt(5).Key);
        Assert.Equal("common", v2["frequency_label"]!.GetValue<string>());
        Assert.Equal("http://localhost/api/v2/questions/7/", v2["url"]!.GetValue<string>());
    }

    [Theory]
    [InlineData("level=senior", null)]
    [InlineData("level=expert", "{\"level\":[\"Select a valid choice. expert is not one of the available choices.\"]}")]
    [InlineData("frequency_rank__gte=abc", "{\"frequency_rank__gte\":[\"Enter a number.\"]}")]
    public async Task Filters_narrow_the_list_and_report_bad_values(string query, string? error)
    {
        await using var app = new PrepFactory();
        using var client = app.CreateApiClient();

        var response = await client.GetAsync("/api/v1/questions/?" + query);

        if (error is null)
        {
            Assert.All(response.Json()!["results"]!.AsArray(), q => Assert.Equal("senior", q!["level"]!.GetValue<string>()));
            return;
        }
        Assert.Equal((400, error), (response.StatusCode, response.Text));
    }

    [Fact]
    public async Task Search_needs_every_term_and_ordering_ignores_unknown_fields()
    {
        await using var app = new PrepFactory();
        using var client = app.CreateApiClient();

        var search = (await client.GetAsync("/api/v1/questions/?search=MODELSERIALIZER%20plain")).Json()!;
        var ordered = (await client.GetAsync("/api/v1/questions/?ordering=-frequency_rank,bogus&page_size=3")).Json()!;

        Assert.Equal(2, search["count"]!.GetValue<int>());
        Assert.Equal([23, 22, 21], ordered["results"]!.AsArray().Select(q => q!["frequency_rank"]!.GetValue<int>()));
        Assert.Equal("http://localhost/api/v1/questions/?ordering=-frequency_rank%2Cbogus&page=2&page_size=3", ordered["next"]!.GetValue<string>());
    }

    [Fact]
    public async Task Staff_creates_updates_and_deletes_with_nested_red_flags()
    {
        await using var app = new PrepFactory();
        using var admin = await app.ClientForAsync(PrepFactory.AdminName);

        var created = await admin.PostAsync("/api/v1/questions/", NewQuestion());
        var id = created.Json()!["id"]!.GetValue<int>();
        var kept = await admin.PatchAsync($"/api/v1/questions/{id}/", new { frequency_rank = 3 });
        var replaced = await admin.PatchAsync($"/api/v1/questions/{id}/", new { red_flags = new[] { new { text = "a" }, new { text = "b" } } });
        var deleted = await admin.DeleteAsync($"/api/v1/questions/{id}/");

        Assert.Equal(201, created.StatusCode);
        Assert.Equal(["never heard"], created.Json()!["red_flags"]!.AsArray().Select(f => f!["text"]!.GetValue<string>()));
        Assert.Equal("never heard", kept.Json()!["red_flags"]![0]!["text"]!.GetValue<string>());
        Assert.Equal(["a", "b"], replaced.Json()!["red_flags"]!.AsArray().Select(f => f!["text"]!.GetValue<string>()));
        Assert.Equal(204, deleted.StatusCode);
    }

    [Theory]
    [InlineData("No question mark", "mid", 5, "{\"title\":[\"Questions must end with a question mark.\"]}")]
    [InlineData("What is Django REST framework, and why use it instead of plain Django?", "mid", 5, null)]
    [InlineData("Is rank zero fine?", "mid", 0, "{\"frequency_rank\":[\"Ensure this value is greater than or equal to 1.\"]}")]
    [InlineData("Is expert a level?", "expert", 5, "{\"level\":[\"\\\"expert\\\" is not a valid choice.\"]}")]
    public async Task Question_validation_runs_in_drf_order(string title, string level, int rank, string? errors)
    {
        await using var app = new PrepFactory();
        using var admin = await app.ClientForAsync(PrepFactory.AdminName);

        var response = await admin.PostAsync("/api/v1/questions/", NewQuestion(title, level, rank));

        Assert.Equal(400, response.StatusCode);
        Assert.Equal(errors ?? "{\"title\":[\"question with this title already exists.\"]}", response.Text);
    }

    [Fact]
    public async Task Senior_questions_need_a_key_point()
    {
        await using var app = new PrepFactory();
        using var admin = await app.ClientForAsync(PrepFactory.AdminName);

        var response = await admin.PostAsync("/api/v1/questions/", NewQuestion("Is this senior?", "senior", 5, []));

        Assert.Equal((400, "{\"non_field_errors\":[\"Senior questions need at least one key point.\"]}"), (response.StatusCode, response.Text));
    }

    [Fact]
    public async Task Deleting_a_topic_with_questions_is_409_and_deletes_nothing()
    {
        await using var app = new PrepFactory();
        using var admin = await app.ClientForAsync(PrepFactory.AdminName);

        var response = await admin.DeleteAsync("/api/v1/topics/serializers/");
        var still = await admin.GetAsync("/api/v1/topics/serializers/");

        Assert.Equal((409, "{\"detail\":\"Topic has questions; delete or move them first.\"}"), (response.StatusCode, response.Text));
        Assert.Equal(200, still.StatusCode);
    }

    [Fact]
    public async Task Invalid_version_is_404_with_drfs_message()
    {
        await using var app = new PrepFactory();
        using var client = app.CreateApiClient();

        var response = await client.GetAsync("/api/v3/questions/");

        Assert.Equal((404, "{\"detail\":\"Invalid version in URL path.\"}"), (response.StatusCode, response.Text));
    }

    [Fact]
    public async Task Missing_trailing_slash_redirects()
    {
        await using var app = new PrepFactory();
        using var client = app.CreateApiClient();

        var response = await client.GetAsync("/api/v1/questions?page=2");

        Assert.Equal((301, "/api/v1/questions/?page=2"), (response.StatusCode, response.Header("Location")));
    }
}
