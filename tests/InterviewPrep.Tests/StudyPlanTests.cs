namespace InterviewPrep.Tests;

public sealed class StudyPlanTests : IClassFixture<PrepFactory>
{
    private readonly PrepFactory _factory;

    public StudyPlanTests(PrepFactory factory) => _factory = factory;

    [Fact]
    public async Task Plan_has_blocks_of_three_questions_ordered_by_level_then_rank()
    {
        using var client = _factory.CreateApiClient();

        var response = await client.GetAsync("/api/v1/study-plan/", new { minutes = 20, level = "junior" });

        Assert.Equal(200, response.StatusCode);
        var plan = response.Json()!;
        Assert.Equal(20, plan["minutes"]!.GetValue<int>());
        Assert.Equal("junior", plan["level"]!.GetValue<string>());
        var blocks = plan["blocks"]!.AsArray();
        Assert.Equal(2, blocks.Count);
        Assert.All(blocks, b => Assert.Equal(3, b!["questions"]!.AsArray().Count));
        var ranks = blocks.SelectMany(b => b!["questions"]!.AsArray()).Select(q => q!["frequency_rank"]!.GetValue<int>()).ToList();
        Assert.Equal(ranks.Order(), ranks);
        Assert.Equal(["id", "title", "level", "frequency_rank"], blocks[0]!["questions"]![0]!.AsObject().Select(p => p.Key));
    }

    [Fact]
    public async Task Defaults_are_thirty_minutes_and_every_level()
    {
        using var client = _factory.CreateApiClient();

        var response = await client.GetAsync("/api/v1/study-plan/");

        var plan = response.Json()!;
        Assert.Equal(30, plan["minutes"]!.GetValue<int>());
        Assert.Null(plan["level"]);
        Assert.Equal(3, plan["blocks"]!.AsArray().Count);
        Assert.Equal(23 - 9, plan["skipped"]!.GetValue<int>());
    }

    [Theory]
    [InlineData("minutes=x", "{\"minutes\":[\"A valid integer is required.\"]}")]
    [InlineData("minutes=9", "{\"minutes\":[\"Ensure this value is greater than or equal to 10.\"]}")]
    [InlineData("minutes=241", "{\"minutes\":[\"Ensure this value is less than or equal to 240.\"]}")]
    [InlineData("level=expert", "{\"level\":[\"\\\"expert\\\" is not a valid choice.\"]}")]
    [InlineData("minutes=5&level=x", "{\"minutes\":[\"Ensure this value is greater than or equal to 10.\"],\"level\":[\"\\\"x\\\" is not a valid choice.\"]}")]
    public async Task Invalid_parameters_are_400_keyed_by_parameter(string query, string body)
    {
        using var client = _factory.CreateApiClient();

        var response = await client.GetAsync("/api/v1/study-plan/?" + query);

        Assert.Equal(400, response.StatusCode);
        Assert.Equal(body, response.Text);
    }

    [Fact]
    public async Task Unknown_version_is_not_routed()
    {
        using var client = _factory.CreateApiClient();

        var response = await client.GetAsync("/api/v3/study-plan/");

        Assert.Equal(404, response.StatusCode);
    }
}
