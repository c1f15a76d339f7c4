// Ports DRF 3.14's DecimalField behaviour: accepted inputs, rejected inputs and exact messages (generated from running DRF).
using RestFramework.Fields;

namespace RestFramework.Tests.Fields;

public sealed class DecimalFieldTests
{
    [Theory]
    [InlineData("five_two", "\"1.2\"", "OK \"1.20\"")]
    [InlineData("five_two", "\"\\u001c1.2\\u001f\"", "OK \"1.20\"")]
    [InlineData("five_two", "\"1.234\"", "ERR [\"Ensure that there are no more than 2 decimal places.\"]")]
    [InlineData("five_two", "\"12345\"", "ERR [\"Ensure that there are no more than 3 digits before the decimal point.\"]")]
    [InlineData("five_two", "\"123.4\"", "OK \"123.40\"")]
    [InlineData("five_two", "1.5", "OK \"1.50\"")]
    [InlineData("five_two", "\"nan\"", "ERR [\"A valid number is required.\"]")]
    [InlineData("five_two", "\"abc\"", "ERR [\"A valid number is required.\"]")]
    [InlineData("five_two", "\"1e3\"", "ERR [\"Ensure that there are no more than 3 digits before the decimal point.\"]")]
    [InlineData("five_two", "\"0.00\"", "OK \"0.00\"")]
    [InlineData("five_two", "\"-1.255\"", "ERR [\"Ensure that there are no more than 2 decimal places.\"]")]
    [InlineData("five_two", "\"1.005\"", "ERR [\"Ensure that there are no more than 2 decimal places.\"]")]
    [InlineData("five_two", "true", "ERR [\"A valid number is required.\"]")]
    [InlineData("five_two", "\"Infinity\"", "ERR [\"A valid number is required.\"]")]
    [InlineData("five_two", "\" 3 \"", "OK \"3.00\"")]
    [InlineData("five_two", "\"\"", "ERR [\"A valid number is required.\"]")]
    [InlineData("five_two", "null", "ERR [\"This field may not be null.\"]")]
    [InlineData("five_two", "7", "OK \"7.00\"")]
    [InlineData("unbounded", "\"1.50\"", "OK \"1.50\"")]
    [InlineData("unbounded", "\"100\"", "OK \"100\"")]
    [InlineData("unbounded", "\"0.5\"", "OK \"0.5\"")]
    [InlineData("number", "\"1.5\"", "OK 1.5")]
    [InlineData("limits", "\"10.01\"", "ERR [\"Ensure this value is less than or equal to 10.\"]")]
    [InlineData("limits", "\"0.5\"", "ERR [\"Ensure this value is greater than or equal to 1.\"]")]
    public void Input_is_validated_and_rendered_as_drf_does(string variant, string input, string expected) =>
        Assert.Equal(expected, FieldCheck.Run(Create(variant), input));

    private static Field Create(string variant) => variant switch
    {
        "five_two" => new DecimalField { MaxDigits = 5, DecimalPlaces = 2 },
        "unbounded" => new DecimalField(),
        "number" => new DecimalField { MaxDigits = 5, DecimalPlaces = 2, CoerceToString = false },
        "limits" => new DecimalField { MaxDigits = 5, DecimalPlaces = 2, MaxValue = 10m, MinValue = 1m },
        _ => throw new ArgumentOutOfRangeException(nameof(variant)),
    };
}
