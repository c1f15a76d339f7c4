// Ports DRF 3.14's ListField behaviour: accepted inputs, rejected inputs and exact messages (generated from running DRF).
using RestFramework.Fields;

namespace RestFramework.Tests.Fields;

public sealed class ListFieldTests
{
    [Theory]
    [InlineData("ints", "[1, \"2\"]", "OK [1,2]")]
    [InlineData("ints", "[1, \"x\", 3, \"y\"]", "ERR {\"1\":[\"A valid integer is required.\"],\"3\":[\"A valid integer is required.\"]}")]
    [InlineData("ints", "\"abc\"", "ERR [\"Expected a list of items but got type \\\"str\\\".\"]")]
    [InlineData("ints", "{\"a\": 1}", "ERR [\"Expected a list of items but got type \\\"dict\\\".\"]")]
    [InlineData("ints", "5", "ERR [\"Expected a list of items but got type \\\"int\\\".\"]")]
    [InlineData("ints", "[]", "OK []")]
    [InlineData("ints", "[null]", "ERR {\"0\":[\"This field may not be null.\"]}")]
    [InlineData("bounded", "[]", "ERR [\"This list may not be empty.\"]")]
    [InlineData("bounded", "[1, 2, 3]", "ERR [\"Ensure this field has no more than 2 elements.\"]")]
    [InlineData("bounded", "[1]", "ERR [\"Ensure this field has at least 2 elements.\"]")]
    [InlineData("bounded", "[1, 2]", "OK [1,2]")]
    [InlineData("any", "[1, \"a\", null, {\"b\": [2]}]", "OK [1,\"a\",null,{\"b\":[2]}]")]
    public void Input_is_validated_and_rendered_as_drf_does(string variant, string input, string expected) =>
        Assert.Equal(expected, FieldCheck.Run(Create(variant), input));

    private static Field Create(string variant) => variant switch
    {
        "ints" => new ListField(new IntegerField()),
        "bounded" => new ListField(new IntegerField()) { AllowEmpty = false, MaxLength = 2, MinLength = 2 },
        "any" => new ListField(),
        _ => throw new ArgumentOutOfRangeException(nameof(variant)),
    };
}
