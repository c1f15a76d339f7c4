// Ports DRF 3.14's SlugField behaviour: accepted inputs, rejected inputs and exact messages (generated from running DRF).
using RestFramework.Fields;

namespace RestFramework.Tests.Fields;

public sealed class SlugFieldTests
{
    [Theory]
    [InlineData("ascii", "\"a-b_c\"", "OK \"a-b_c\"")]
    [InlineData("ascii", "\"a b\"", "ERR [\"Enter a valid \\\"slug\\\" consisting of letters, numbers, underscores or hyphens.\"]")]
    [InlineData("ascii", "\"é\"", "ERR [\"Enter a valid \\\"slug\\\" consisting of letters, numbers, underscores or hyphens.\"]")]
    [InlineData("unicode", "\"é\"", "OK \"é\"")]
    [InlineData("unicode", "\"a b\"", "ERR [\"Enter a valid \\\"slug\\\" consisting of Unicode letters, numbers, underscores, or hyphens.\"]")]
    public void Input_is_validated_and_rendered_as_drf_does(string variant, string input, string expected) =>
        Assert.Equal(expected, FieldCheck.Run(Create(variant), input));

    private static Field Create(string variant) => variant switch
    {
        "ascii" => new SlugField(),
        "unicode" => new SlugField { AllowUnicode = true },
        _ => throw new ArgumentOutOfRangeException(nameof(variant)),
    };
}
