namespace InterviewPrep.Tests.Api;

public sealed class PracticeTests
{
    // Question 1's key points: serializ, content negotiation|negotiat, authentication|permission, browsable, validat; red flags: "it's just django", "i just used it".
    [Theory]
    [InlineData("Serializers validate; negotiation, permissions and the browsable API.", 100, 5, 0, 0)]
    [InlineData("Serializers and permissions. I just used it.", 30, 2, 3, 1)]
    [InlineData("It's just Django, I just used it.", 0, 0, 5, 2)]
    public async Task Practice_scores_covered_missing_and_red_flags(string answer, int score, int covered, int missing, int hit)
    {
        await using var app = new PrepFactory();
        using var client = await app.ClientForAsync("alice");

        var response = await client.PostAsync("/api/v1/questions/1/practice/", new { answer });

        Assert.Equal(201, response.StatusCode);
        var attempt = response.Json()!.AsObject();
        Assert.Equal(["id", "question", "question_title", "answer", "score", "covered", "missing", "red_flags_hit", "created_at"], attempt.Select(p => p.Key));
        Assert.Equal(score, attempt["score"]!.GetValue<int>());
        Assert.Equal((covered, missing, hit), (attempt["covered"]!.AsArray().Count, attempt["missing"]!.AsArray().Count, attempt["red_flags_hit"]!.AsArray().Count));
        Assert.Equal(1, attempt["question"]!.GetValue<int>());
    }

    [Theory]
    [InlineData("{}", "{\"answer\":[\"This field is required.\"]}")]
    [InlineData("{\"answer\":\"\"}", "{\"answer\":[\"This field may not be blank.\"]}")]
    [InlineData("{\"answer\":null}", "{\"answer\":[\"This field may not be null.\"]}")]
    public async Task Practice_answer_is_required_and_not_blank(string body, string errors)
    {
        await using var app = new PrepFactory();
        using var client = await app.ClientForAsync("alice");

        var response = await client.PostAsync("/api/v1/questions/1/practice/", body, contentType: "application/json");

        Assert.Equal((400, errors), (response.StatusCode, response.Text));
    }

    [Fact]
    public async Task Attempts_are_private_to_their_user()
    {
        await using var app = new PrepFactory();
        using var alice = await app.ClientForAsync("alice");
        using var bob = await app.ClientForAsync("bob");

        var created = (await alice.PostAsync("/api/v1/questions/2/practice/", new { answer = "model" })).Json()!;
        var id = created["id"]!.GetValue<int>();
        var own = await alice.GetAsync($"/api/v1/attempts/{id}/");
        var others = await bob.GetAsync($"/api/v1/attempts/{id}/");
        var bobsList = (await bob.GetAsync("/api/v1/attempts/")).Json()!;
        var deleteByBob = await bob.DeleteAsync($"/api/v1/attempts/{id}/");
        var deleteByAlice = await alice.DeleteAsync($"/api/v1/attempts/{id}/");

        Assert.Equal(200, own.StatusCode);
        Assert.Equal((404, "{\"detail\":\"Not found.\"}"), (others.StatusCode, others.Text));
        Assert.Equal(0, bobsList["count"]!.GetValue<int>());
        Assert.Equal(404, deleteByBob.StatusCode);
        Assert.Equal(204, deleteByAlice.StatusCode);
    }
}
