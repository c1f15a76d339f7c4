// Ports Python 3.11's int(str), Decimal(str) and str.strip() as DRF, Django and django-filter apply them to query values.
using RestFramework.Fields;

namespace RestFramework.Tests.Fields;

public sealed class PythonNumbersTests
{
    // int(text) in Python 3.11: null where it raises ValueError; "max"/"min" where it exceeds int64.
    [Theory]
    [InlineData("7", "7")]
    [InlineData(" 7 ", "7")]
    [InlineData("+7", "7")]
    [InlineData("-7", "-7")]
    [InlineData("007", "7")]
    [InlineData("-0", "0")]
    [InlineData("1_0", "10")]
    [InlineData("0_0", "0")]
    [InlineData("1__0", null)]
    [InlineData("_1", null)]
    [InlineData("1_", null)]
    [InlineData("+_1", null)]
    [InlineData("\u0662", "2")]
    [InlineData("\u0663\u0660", "30")]
    [InlineData("\uff12", "2")]
    [InlineData("\U0001D7D0", "2")]
    [InlineData("\u00a02", "2")]
    [InlineData("2\u3000", "2")]
    [InlineData("\u20002", "2")]
    [InlineData("\u001c2", null)]
    [InlineData("\u200b2", null)]
    [InlineData("\u00b2", null)]
    [InlineData("\u2462", null)]
    [InlineData("+ 1", null)]
    [InlineData("1 0", null)]
    [InlineData("1e0", null)]
    [InlineData("2.0", null)]
    [InlineData("0x2", null)]
    [InlineData("", null)]
    [InlineData(" ", null)]
    [InlineData("-", null)]
    [InlineData("9223372036854775807", "9223372036854775807")]
    [InlineData("-9223372036854775808", "-9223372036854775808")]
    [InlineData("9223372036854775808", "max")]
    [InlineData("-9223372036854775809", "min")]
    [InlineData("99999999999999999999999999", "max")]
    public void Integers_parse_as_python_int(string text, string? expected)
    {
        var parsed = PythonNumbers.TryParse(text, out var value, out var overflow);

        Assert.Equal(expected, !parsed ? null : overflow ? (value > 0 ? "max" : "min") : value.ToString(System.Globalization.CultureInfo.InvariantCulture));
    }

    [Fact]
    public void Integers_longer_than_python_digit_limit_are_refused()
    {
        Assert.True(PythonNumbers.TryParse(new string('1', 4300), out _));
        Assert.False(PythonNumbers.TryParse(new string('1', 4301), out _));
    }

    // Decimal(text.strip()) in ASCII; "special" for the values Decimal accepts that are not finite; null where it raises.
    [Theory]
    [InlineData("5", "5")]
    [InlineData(" 5 ", "5")]
    [InlineData("\u001c5\u001f", "5")]
    [InlineData("+5.50", "+5.50")]
    [InlineData("-.5", "-.5")]
    [InlineData("5.", "5.")]
    [InlineData("1e1", "1e1")]
    [InlineData("1E+2", "1E+2")]
    [InlineData("1e5_0", "1e50")]
    [InlineData("1__0", "10")]
    [InlineData("_1", "1")]
    [InlineData("\u0665.\u0665", "5.5")]
    [InlineData("\uff15", "5")]
    [InlineData("NaN", "special")]
    [InlineData("sNaN", "special")]
    [InlineData("nan5", "special")]
    [InlineData("Infinity", "special")]
    [InlineData("-inf", "special")]
    [InlineData("in_f", "special")]
    [InlineData("_", null)]
    [InlineData(".", null)]
    [InlineData("-", null)]
    [InlineData("1e", null)]
    [InlineData("+-5", null)]
    [InlineData("5,5", null)]
    [InlineData("0x5", null)]
    [InlineData("1 0", null)]
    [InlineData("", null)]
    public void Decimals_parse_as_python_decimal(string text, string? expected)
    {
        var ascii = PythonNumbers.NormaliseDecimal(text, out var special);

        Assert.Equal(expected, special ? "special" : ascii);
    }

    [Theory]
    [InlineData(" a ", "a")]
    [InlineData("\u001c\u001d a\u001e\u001f", "a")]
    [InlineData("\u00a0a\u3000", "a")]
    [InlineData("\u200ba", "\u200ba")]
    [InlineData("a", "a")]
    public void Strip_removes_what_python_str_strip_removes(string text, string expected) =>
        Assert.Equal(expected, PythonText.Strip(text));
}
