// Ports DRF 3.14's IntegerField behaviour: accepted inputs, rejected inputs and exact messages (generated from running DRF).
using RestFramework.Fields;

namespace RestFramework.Tests.Fields;

public sealed class IntegerFieldTests
{
    [Theory]
    [InlineData("plain", "\"12\"", "OK 12")]
    [InlineData("plain", "12.0", "OK 12")]
    [InlineData("plain", "\"12.0\"", "OK 12")]
    [InlineData("plain", "\" 7 \"", "OK 7")]
    [InlineData("plain", "\"12.5\"", "ERR [\"A valid integer is required.\"]")]
    [InlineData("plain", "12.5", "ERR [\"A valid integer is required.\"]")]
    [InlineData("plain", "true", "ERR [\"A valid integer is required.\"]")]
    [InlineData("plain", "\"\"", "ERR [\"A valid integer is required.\"]")]
    [InlineData("plain", "\"1e3\"", "ERR [\"A valid integer is required.\"]")]
    [InlineData("plain", "null", "ERR [\"This field may not be null.\"]")]
    [InlineData("plain", "\"+5\"", "OK 5")]
    [InlineData("plain", "\"0x1\"", "ERR [\"A valid integer is required.\"]")]
    [InlineData("plain", "[1]", "ERR [\"A valid integer is required.\"]")]
    [InlineData("plain", "\"11111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111\"", "ERR [\"String value too large.\"]")]
    [InlineData("plain", "\"\u0663\u0660\"", "OK 30")]
    [InlineData("plain", "\"\uff14\"", "OK 4")]
    [InlineData("plain", "\"1_0\"", "OK 10")]
    [InlineData("plain", "\"1__0\"", "ERR [\"A valid integer is required.\"]")]
    [InlineData("plain", "\"40.0\u00a0\"", "OK 40")]
    [InlineData("plain", "\"40.0\\u001c\"", "OK 40")]
    [InlineData("plain", "\"\\u001c40\"", "ERR [\"A valid integer is required.\"]")]
    [InlineData("limits", "\"99999999999999999999\"", "ERR [\"Ensure this value is less than or equal to 10.\"]")]
    [InlineData("limits", "\"-99999999999999999999\"", "ERR [\"Ensure this value is greater than or equal to 1.\"]")]
    [InlineData("limits", "11", "ERR [\"Ensure this value is less than or equal to 10.\"]")]
    [InlineData("limits", "0", "ERR [\"Ensure this value is greater than or equal to 1.\"]")]
    [InlineData("limits", "5", "OK 5")]
    [InlineData("plain", "\"\uff15\"", "OK 5")]
    [InlineData("plain", "\"\u0663\"", "OK 3")]
    [InlineData("plain", "\"_1\"", "ERR [\"A valid integer is required.\"]")]
    [InlineData("plain", "\"1_\"", "ERR [\"A valid integer is required.\"]")]
    [InlineData("plain", "\" +7 \"", "OK 7")]
    [InlineData("plain", "\"7.000 \"", "OK 7")]
    [InlineData("plain", "\"7.\"", "OK 7")]
    [InlineData("plain", "\"007\"", "OK 7")]
    [InlineData("plain", "\" \"", "ERR [\"A valid integer is required.\"]")]
    [InlineData("plain", "\"- 1\"", "ERR [\"A valid integer is required.\"]")]
    [InlineData("plain", "\"\u22121\"", "ERR [\"A valid integer is required.\"]")]
    [InlineData("plain", "\"inf\"", "ERR [\"A valid integer is required.\"]")]
    [InlineData("plain", "1e400", "ERR [\"A valid integer is required.\"]")]
    [InlineData("plain", "1e3", "OK 1000")]
    [InlineData("limits", "10000000000000000000000", "ERR [\"Ensure this value is less than or equal to 10.\"]")]
    [InlineData("limits", "\"-10000000000000000000000\"", "ERR [\"Ensure this value is greater than or equal to 1.\"]")]
    public void Input_is_validated_and_rendered_as_drf_does(string variant, string input, string expected) =>
        Assert.Equal(expected, FieldCheck.Run(Create(variant), input));

    private static Field Create(string variant) => variant switch
    {
        "plain" => new IntegerField(),
        "limits" => new IntegerField { MaxValue = 10, MinValue = 1 },
        _ => throw new ArgumentOutOfRangeException(nameof(variant)),
    };

    [Theory]
    [InlineData("10000000000000000000000")]
    [InlineData("\"-9223372036854775809\"")]
    public void Integers_beyond_64_bits_are_valid_and_kept_whole_as_python_ints(string input)
    {
        var field = new IntegerField();
        field.Bind("f", null);

        var value = field.RunValidation(System.Text.Json.Nodes.JsonNode.Parse(input));

        var big = Assert.IsType<System.Numerics.BigInteger>(value);
        Assert.Equal(input.Trim('"'), big.ToString(System.Globalization.CultureInfo.InvariantCulture));
        Assert.Throws<OverflowException>(() => Coercion.To(big, typeof(long)));
    }
}
