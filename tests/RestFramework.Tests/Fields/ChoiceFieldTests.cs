// Ports DRF 3.14's ChoiceField behaviour: accepted inputs, rejected inputs and exact messages (generated from running DRF).
using RestFramework.Fields;

namespace RestFramework.Tests.Fields;

public sealed class ChoiceFieldTests
{
    [Theory]
    [InlineData("mixed", "\"1\"", "OK 1")]
    [InlineData("mixed", "1", "OK 1")]
    [InlineData("mixed", "\"a\"", "OK \"a\"")]
    [InlineData("mixed", "\"b\"", "ERR [\"\\\"b\\\" is not a valid choice.\"]")]
    [InlineData("mixed", "\"\"", "ERR [\"\\\"\\\" is not a valid choice.\"]")]
    [InlineData("mixed", "true", "ERR [\"\\\"True\\\" is not a valid choice.\"]")]
    [InlineData("mixed", "[1]", "ERR [\"\\\"[1]\\\" is not a valid choice.\"]")]
    [InlineData("mixed", "null", "ERR [\"This field may not be null.\"]")]
    [InlineData("blank", "\"\"", "OK \"\"")]
    [InlineData("blank", "\"draft\"", "OK \"draft\"")]
    [InlineData("blank", "\"x\"", "ERR [\"\\\"x\\\" is not a valid choice.\"]")]
    [InlineData("mixed", "[\"a\"]", "ERR [\"\\\"['a']\\\" is not a valid choice.\"]")]
    [InlineData("mixed", "{\"k\":\"v\"}", "ERR [\"\\\"{'k': 'v'}\\\" is not a valid choice.\"]")]
    [InlineData("mixed", "[1,true,null]", "ERR [\"\\\"[1, True, None]\\\" is not a valid choice.\"]")]
    [InlineData("mixed", "[\"x\\\"y\"]", "ERR [\"\\\"['x\\\"y']\\\" is not a valid choice.\"]")]
    [InlineData("mixed", "[\"it's\"]", "ERR [\"\\\"[\\\"it's\\\"]\\\" is not a valid choice.\"]")]
    [InlineData("mixed", "[\"a\\nb\\\\c\"]", "ERR [\"\\\"['a\\\\nb\\\\\\\\c']\\\" is not a valid choice.\"]")]
    [InlineData("mixed", "[\"\\u0000\u00e9\ud83d\ude00\"]", "ERR [\"\\\"['\\\\x00\u00e9\\uD83D\\uDE00']\\\" is not a valid choice.\"]")] // astral characters escaped by the test renderer
    [InlineData("mixed", "[1e20,0.1]", "ERR [\"\\\"[1e+20, 0.1]\\\" is not a valid choice.\"]")]
    public void Input_is_validated_and_rendered_as_drf_does(string variant, string input, string expected) =>
        Assert.Equal(expected, FieldCheck.Run(Create(variant), input));

    private static Field Create(string variant) => variant switch
    {
        "mixed" => new ChoiceField(1L, 2L, "a"),
        "blank" => new ChoiceField(new KeyValuePair<object, string>("draft", "Draft")) { AllowBlank = true },
        _ => throw new ArgumentOutOfRangeException(nameof(variant)),
    };
}
