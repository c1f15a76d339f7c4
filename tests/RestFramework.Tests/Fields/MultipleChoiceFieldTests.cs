// Ports DRF 3.14's MultipleChoiceField behaviour: accepted inputs, rejected inputs and exact messages (generated from running DRF).
using RestFramework.Fields;

namespace RestFramework.Tests.Fields;

public sealed class MultipleChoiceFieldTests
{
    [Theory]
    [InlineData("plain", "[\"a\", \"a\"]", "OK [\"a\"]")]
    [InlineData("plain", "\"a\"", "ERR [\"Expected a list of items but got type \\\"str\\\".\"]")]
    [InlineData("plain", "[\"c\"]", "ERR [\"\\\"c\\\" is not a valid choice.\"]")]
    [InlineData("plain", "[]", "OK []")]
    [InlineData("plain", "{\"a\": 1}", "OK [\"a\"]")]
    [InlineData("plain", "5", "ERR [\"Expected a list of items but got type \\\"int\\\".\"]")]
    [InlineData("not_empty", "[]", "ERR [\"This selection may not be empty.\"]")]
    public void Input_is_validated_and_rendered_as_drf_does(string variant, string input, string expected) =>
        Assert.Equal(expected, FieldCheck.Run(Create(variant), input));

    private static Field Create(string variant) => variant switch
    {
        "plain" => new MultipleChoiceField("a", "b"),
        "not_empty" => new MultipleChoiceField("a") { AllowEmpty = false },
        _ => throw new ArgumentOutOfRangeException(nameof(variant)),
    };
}
