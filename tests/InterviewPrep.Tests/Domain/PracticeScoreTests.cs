using InterviewPrep.Domain;

namespace InterviewPrep.Tests.Domain;

public sealed class PracticeScoreTests
{
    private static readonly string[] KeyPoints = ["serializ", "content negotiation|negotiat", "validat"];
    private static readonly string[] RedFlags = ["it's just django", "I just used it"];

    [Fact]
    public void Covered_points_count_any_alternative_case_insensitively()
    {
        var result = PracticeScore.Evaluate("Serializers VALIDATE input and NEGOTIATE content.", KeyPoints, RedFlags);

        Assert.Equal(100, result.Score);
        Assert.Equal(KeyPoints, result.Covered);
        Assert.Empty(result.Missing);
    }

    [Fact]
    public void Score_is_integer_share_of_covered_points_minus_ten_per_red_flag()
    {
        var result = PracticeScore.Evaluate("Serializers, and i just used it.", KeyPoints, RedFlags);

        Assert.Equal((100 * 1 / 3) - 10, result.Score);
        Assert.Equal(["serializ"], result.Covered);
        Assert.Equal(["content negotiation|negotiat", "validat"], result.Missing);
        Assert.Equal(["I just used it"], result.RedFlagsHit);
    }

    [Fact]
    public void Score_never_goes_below_zero()
    {
        var result = PracticeScore.Evaluate("It's just Django, I just used it.", KeyPoints, RedFlags);

        Assert.Equal(0, result.Score);
        Assert.Equal(2, result.RedFlagsHit.Count);
    }

    [Fact]
    public void No_key_points_scores_zero()
    {
        Assert.Equal(0, PracticeScore.Evaluate("anything", [], []).Score);
    }

    [Fact]
    public void Alternatives_are_trimmed()
    {
        Assert.Equal(["x | permission "], PracticeScore.Evaluate("permissions", ["x | permission "], []).Covered);
    }
}
