// Ports DRF 3.14's CharField behaviour: accepted inputs, rejected inputs and exact messages (generated from running DRF).
using RestFramework.Fields;

namespace RestFramework.Tests.Fields;

public sealed class CharFieldTests
{
    [Theory]
    [InlineData("plain", "\"\"", "ERR [\"This field may not be blank.\"]")]
    [InlineData("plain", "\"  \"", "ERR [\"This field may not be blank.\"]")]
    [InlineData("plain", "12", "OK \"12\"")]
    [InlineData("plain", "1.5", "OK \"1.5\"")]
    [InlineData("plain", "true", "ERR [\"Not a valid string.\"]")]
    [InlineData("plain", "[1]", "ERR [\"Not a valid string.\"]")]
    [InlineData("plain", "{}", "ERR [\"Not a valid string.\"]")]
    [InlineData("plain", "\"a\\u0000b\"", "ERR [\"Null characters are not allowed.\"]")]
    [InlineData("plain", "\" ab \"", "OK \"ab\"")]
    [InlineData("plain", "\"abc\"", "OK \"abc\"")]
    [InlineData("plain", "\"\\u001cab\\u001f\"", "OK \"ab\"")] // Python's str.strip() also strips U+001C..U+001F
    [InlineData("plain", "\"\\u001c\\u001d\"", "ERR [\"This field may not be blank.\"]")]
    [InlineData("plain", "\"\\u0085ab\\u00a0\"", "OK \"ab\"")]
    [InlineData("blank", "\"\\u001f\"", "OK \"\"")]
    [InlineData("plain", "null", "ERR [\"This field may not be null.\"]")]
    [InlineData("blank", "\"\"", "OK \"\"")]
    [InlineData("blank", "\"  \"", "OK \"\"")]
    [InlineData("untrimmed", "\" ab \"", "OK \" ab \"")]
    [InlineData("untrimmed", "\"  \"", "OK \"  \"")]
    [InlineData("lengths", "\"abcd\"", "ERR [\"Ensure this field has no more than 3 characters.\"]")]
    [InlineData("lengths", "\"a\"", "ERR [\"Ensure this field has at least 2 characters.\"]")]
    [InlineData("lengths", "\"ab\"", "OK \"ab\"")]
    [InlineData("lengths", "\"\ud83d\ude00\ud83d\ude00\ud83d\ude00\"", "OK \"\\uD83D\\uDE00\\uD83D\\uDE00\\uD83D\\uDE00\"")] // the test renderer escapes astral characters
    [InlineData("lengths", "\"\ud83d\ude00\ud83d\ude00\ud83d\ude00\ud83d\ude00\"", "ERR [\"Ensure this field has no more than 3 characters.\"]")]
    [InlineData("lengths", "\"\ud83d\ude00\"", "ERR [\"Ensure this field has at least 2 characters.\"]")]
    public void Input_is_validated_and_rendered_as_drf_does(string variant, string input, string expected) =>
        Assert.Equal(expected, FieldCheck.Run(Create(variant), input));

    private static Field Create(string variant) => variant switch
    {
        "plain" => new CharField(),
        "blank" => new CharField { AllowBlank = true },
        "untrimmed" => new CharField { TrimWhitespace = false },
        "lengths" => new CharField { MaxLength = 3, MinLength = 2 },
        _ => throw new ArgumentOutOfRangeException(nameof(variant)),
    };
}
