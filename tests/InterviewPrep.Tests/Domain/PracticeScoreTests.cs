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

    // The reference's score_answer (Python's str.lower() and str.strip()) on each input.
    [Theory]
    [InlineData("\u0130stanbul", "", "i\u0307stanbul", 0, "", "i\u0307stanbul")]
    [InlineData("\u03A3\u0391\u03A3", "\u03C3\u03B1\u03C2", "", 100, "\u03C3\u03B1\u03C2", "")]
    [InlineData("\u03A3\u0391\u03A3", "\u03C3\u03B1\u03C3", "", 0, "", "")]
    [InlineData("\u039F\u0394\u039F\u03A3 \u03A3\u0391\u03A3.", "\u03BF\u03B4\u03BF\u03C2", "\u03BF\u03B4\u03BF\u03C3", 100, "\u03BF\u03B4\u03BF\u03C2", "")]
    [InlineData("\u212A", "k", "", 100, "k", "")]
    [InlineData("x", "\u001Cx\u001F", "", 100, "\u001Cx\u001F", "")]
    [InlineData("\u01C5", "\u01C6", "", 100, "\u01C6", "")]
    public void Lower_casing_and_trimming_are_pythons(string answer, string keyPoint, string redFlag, int score, string covered, string hit)
    {
        string[] keyPoints = keyPoint.Length == 0 ? [] : [keyPoint];
        string[] redFlags = redFlag.Length == 0 ? [] : [redFlag];

        var result = PracticeScore.Evaluate(answer, keyPoints, redFlags);

        Assert.Equal(score, result.Score);
        Assert.Equal(covered.Length == 0 ? [] : [covered], result.Covered);
        Assert.Equal(hit.Length == 0 ? [] : [hit], result.RedFlagsHit);
    }
}
