using RestFramework.Fields;

namespace RestFramework.Tests.Fields;

public sealed class PythonTextTests
{
    // Python 3.11's str.lower() of each input.
    [Theory]
    [InlineData("ABC", "abc")]
    [InlineData("\u0130", "i\u0307")]
    [InlineData("\u03A3", "\u03C3")]
    [InlineData("A\u03A3", "a\u03C2")]
    [InlineData("A\u03A3B", "a\u03C3b")]
    [InlineData("A\u03A3.", "a\u03C2.")]
    [InlineData("A'\u03A3", "a'\u03C2")]
    [InlineData("A\u03A3'B", "a\u03C3'b")]
    [InlineData("1\u03A3", "1\u03C3")]
    [InlineData("\u2160\u03A3", "\u2170\u03C2")]
    [InlineData("\u00AA\u03A3", "\u00AA\u03C2")]
    [InlineData("\u03A3\u03A3", "\u03C3\u03C2")]
    [InlineData("\U00010400\u03A3", "\U00010428\u03C2")]
    [InlineData("\u212A\u00C9", "k\u00E9")]
    public void Lower_is_pythons_str_lower(string text, string expected)
    {
        Assert.Equal(expected, PythonText.Lower(text));
    }

    // Python's str.strip() of each input.
    [Theory]
    [InlineData(" x ", "x")]
    [InlineData("\u001Cx\u001D\u001E\u001F", "x")]
    [InlineData("\u0085\u00A0x\u3000", "x")]
    [InlineData("\u200Bx", "\u200Bx")]
    public void Strip_is_pythons_str_strip(string text, string expected)
    {
        Assert.Equal(expected, PythonText.Strip(text));
    }
}
