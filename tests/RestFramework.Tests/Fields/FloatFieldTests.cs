// Ports DRF 3.14's FloatField behaviour: accepted inputs, rejected inputs and exact messages (generated from running DRF).
using RestFramework.Fields;

namespace RestFramework.Tests.Fields;

public sealed class FloatFieldTests
{
    [Theory]
    [InlineData("plain", "\"1.5\"", "OK 1.5")]
    [InlineData("plain", "true", "OK 1.0")]
    [InlineData("plain", "false", "OK 0.0")]
    [InlineData("plain", "\"1e3\"", "OK 1000.0")]
    [InlineData("plain", "\"abc\"", "ERR [\"A valid number is required.\"]")]
    [InlineData("plain", "[1]", "ERR [\"A valid number is required.\"]")]
    [InlineData("plain", "1", "OK 1.0")]
    [InlineData("plain", "1.5", "OK 1.5")]
    [InlineData("plain", "\" 2.5 \"", "OK 2.5")]
    [InlineData("plain", "{}", "ERR [\"A valid number is required.\"]")]
    [InlineData("limits", "11", "ERR [\"Ensure this value is less than or equal to 10.5.\"]")]
    [InlineData("limits", "-1", "ERR [\"Ensure this value is greater than or equal to 0.0.\"]")]
    [InlineData("limits", "10.5", "OK 10.5")]
    public void Input_is_validated_and_rendered_as_drf_does(string variant, string input, string expected) =>
        Assert.Equal(expected, FieldCheck.Run(Create(variant), input));

    // Beyond the double range: an integer literal is Python's OverflowError (DRF 3.15's "overflow" message), a fraction or an
    // exponent is refused as the text "1e400" is; never a server error.
    [Theory]
    [InlineData("plain", "BIG", "ERR [\"Integer value too large to convert to float\"]")]
    [InlineData("plain", "-BIG", "ERR [\"Integer value too large to convert to float\"]")]
    [InlineData("limits", "BIG", "ERR [\"Integer value too large to convert to float\"]")]
    [InlineData("plain", "BIG.5", "ERR [\"A valid number is required.\"]")]
    [InlineData("plain", "1e400", "ERR [\"A valid number is required.\"]")]
    [InlineData("plain", "-1e400", "ERR [\"A valid number is required.\"]")]
    [InlineData("plain", "1e-400", "OK 0.0")]
    [InlineData("plain", "9223372036854775808", "OK 9.223372036854776e+18")]
    [InlineData("plain", "\"1e400\"", "ERR [\"A valid number is required.\"]")]
    public void Numbers_beyond_the_double_range_are_field_errors(string variant, string input, string expected) =>
        Assert.Equal(expected, FieldCheck.Run(Create(variant), input.Replace("BIG", new string('9', 401), StringComparison.Ordinal)));

    private static Field Create(string variant) => variant switch
    {
        "plain" => new FloatField(),
        "limits" => new FloatField { MaxValue = 10.5, MinValue = 0 },
        _ => throw new ArgumentOutOfRangeException(nameof(variant)),
    };
}
