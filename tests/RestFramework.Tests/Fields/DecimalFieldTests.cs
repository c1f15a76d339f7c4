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

    // Beyond System.Decimal (Python's Decimal holds any number): DRF's digit checks answer from the text; a number they let
    // through that cannot be held is invalid; never a server error.
    [Theory]
    [InlineData("five_two", "BIG", "ERR [\"Ensure that there are no more than 5 digits in total.\"]")]
    [InlineData("five_two", "\"-BIG\"", "ERR [\"Ensure that there are no more than 5 digits in total.\"]")]
    [InlineData("five_two", "\"1e400\"", "ERR [\"Ensure that there are no more than 5 digits in total.\"]")]
    [InlineData("five_two", "\"1e99999999999999999999999\"", "ERR [\"Ensure that there are no more than 5 digits in total.\"]")]
    [InlineData("five_two", "\"1e-400\"", "ERR [\"Ensure that there are no more than 5 digits in total.\"]")]
    [InlineData("five_two", "\"1e-99999999999999999999999\"", "ERR [\"Ensure that there are no more than 5 digits in total.\"]")]
    [InlineData("five_two", "\"0.00000000000000000000000000000001\"", "ERR [\"Ensure that there are no more than 5 digits in total.\"]")]
    [InlineData("five_two", "\"1.5e2\"", "OK \"150.00\"")]
    [InlineData("five_two", "\"0001.5\"", "OK \"1.50\"")]
    [InlineData("five_two", "\"1.5e-2\"", "ERR [\"Ensure that there are no more than 2 decimal places.\"]")]
    [InlineData("five_two", "\"1.5e-1\"", "OK \"0.15\"")]
    [InlineData("five_two", "\"1.505e-1\"", "ERR [\"Ensure that there are no more than 2 decimal places.\"]")]
    [InlineData("unbounded", "BIG", "ERR [\"A valid number is required.\"]")]
    [InlineData("unbounded", "\"1e400\"", "ERR [\"A valid number is required.\"]")]
    [InlineData("unbounded", "1e400", "ERR [\"A valid number is required.\"]")]
    [InlineData("unbounded", "\"79228162514264337593543950335\"", "OK \"79228162514264337593543950335\"")]
    [InlineData("unbounded", "\"79228162514264337593543950336\"", "ERR [\"A valid number is required.\"]")]
    public void Numbers_beyond_system_decimal_are_field_errors(string variant, string input, string expected) =>
        Assert.Equal(expected, FieldCheck.Run(Create(variant), input.Replace("BIG", new string('9', 401), StringComparison.Ordinal)));

    private static Field Create(string variant) => variant switch
    {
        "five_two" => new DecimalField { MaxDigits = 5, DecimalPlaces = 2 },
        "unbounded" => new DecimalField(),
        "number" => new DecimalField { MaxDigits = 5, DecimalPlaces = 2, CoerceToString = false },
        "limits" => new DecimalField { MaxDigits = 5, DecimalPlaces = 2, MaxValue = 10m, MinValue = 1m },
        _ => throw new ArgumentOutOfRangeException(nameof(variant)),
    };
}
