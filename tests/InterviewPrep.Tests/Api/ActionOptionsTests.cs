namespace InterviewPrep.Tests.Api;

// The extra actions declare their serializers on their routes (DRF: @action(serializer_class=...)), so OPTIONS describes them.
public sealed class ActionOptionsTests
{
    [Theory]
    [InlineData("/api/v1/questions/1/practice/")]
    [InlineData("/api/v2/questions/1/practice/")]
    public async Task Options_on_practice_describes_the_attempt_serializer(string path)
    {
        await using var app = new PrepFactory();
        using var client = await app.ClientForAsync("alice");

        var response = await client.OptionsAsync(path);

        Assert.Equal(200, response.StatusCode);
        Assert.Equal(
            ["id", "question", "question_title", "answer", "score", "covered", "missing", "red_flags_hit", "created_at"],
            response.Json()!["actions"]!["POST"]!.AsObject().Select(p => p.Key));
    }

    [Fact]
    public async Task Options_on_import_describes_the_upload_serializer_to_staff_only()
    {
        await using var app = new PrepFactory();
        using var admin = await app.ClientForAsync(PrepFactory.AdminName);
        using var alice = await app.ClientForAsync("alice");

        var staff = await admin.OptionsAsync("/api/v1/questions/import/");
        var user = await alice.OptionsAsync("/api/v1/questions/import/");

        Assert.Equal(
            "{\"POST\":{\"file\":{\"type\":\"file upload\",\"required\":true,\"read_only\":false,\"label\":\"File\"}}}",
            staff.Json()!["actions"]!.ToJsonString());
        Assert.Null(user.Json()!["actions"]);
    }

    [Fact]
    public async Task Options_on_the_list_still_describes_the_question_serializer()
    {
        await using var app = new PrepFactory();
        using var admin = await app.ClientForAsync(PrepFactory.AdminName);

        var v1 = await admin.OptionsAsync("/api/v1/questions/");
        var v2 = await admin.OptionsAsync("/api/v2/questions/");

        Assert.DoesNotContain("frequency_label", v1.Json()!["actions"]!["POST"]!.AsObject().Select(p => p.Key));
        Assert.Contains("frequency_label", v2.Json()!["actions"]!["POST"]!.AsObject().Select(p => p.Key));
    }
}
