// Ports DRF 3.14's DictField behaviour: accepted inputs, rejected inputs and exact messages (generated from running DRF).
using RestFramework.Fields;

namespace RestFramework.Tests.Fields;

public sealed class DictFieldTests
{
    [Theory]
    [InlineData("ints", "{\"a\": 1}", "OK {\"a\":1}")]
    [InlineData("ints", "{\"a\": \"x\", \"b\": 2, \"c\": \"y\"}", "ERR {\"a\":[\"A valid integer is required.\"],\"c\":[\"A valid integer is required.\"]}")]
    [InlineData("ints", "[1]", "ERR [\"Expected a dictionary of items but got type \\\"list\\\".\"]")]
    [InlineData("ints", "{}", "OK {}")]
    [InlineData("ints", "\"x\"", "ERR [\"Expected a dictionary of items but got type \\\"str\\\".\"]")]
    [InlineData("not_empty", "{}", "ERR [\"This dictionary may not be empty.\"]")]
    public void Input_is_validated_and_rendered_as_drf_does(string variant, string input, string expected) =>
        Assert.Equal(expected, FieldCheck.Run(Create(variant), input));

    private static Field Create(string variant) => variant switch
    {
        "ints" => new DictField(new IntegerField()),
        "not_empty" => new DictField { AllowEmpty = false },
        _ => throw new ArgumentOutOfRangeException(nameof(variant)),
    };
}
