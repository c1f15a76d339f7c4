// Provides Python's int(str) parsing: surrounding whitespace, a sign, Unicode decimal digits and single underscores between digits.
using System.Globalization;
using System.Numerics;

namespace RestFramework.Fields;

/// <summary>Reads text as Python's <c>int()</c> does in base 10 (<c>" +007 "</c>, <c>"5_000"</c>, full-width digits).</summary>
internal static class PythonInt
{
    public static bool TryParse(string text, out BigInteger value)
    {
        value = BigInteger.Zero;
        var span = text.AsSpan();
        var start = 0;
        var end = span.Length;
        while (start < end && IsPythonWhitespace(span[start]))
        {
            start++;
        }
        while (end > start && IsPythonWhitespace(span[end - 1]))
        {
            end--;
        }
        var negative = false;
        if (start < end && span[start] is '+' or '-')
        {
            negative = span[start] == '-';
            start++;
        }
        if (start == end)
        {
            return false;
        }
        var previousWasDigit = false;
        var small = 0L;
        var digits = 0;
        for (var i = start; i < end; i++)
        {
            var c = span[i];
            if (c == '_')
            {
                if (!previousWasDigit || i == end - 1)
                {
                    return false;
                }
                previousWasDigit = false;
                continue;
            }
            var digit = CharUnicodeInfo.GetDecimalDigitValue(c);
            if (digit < 0 || CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.DecimalDigitNumber)
            {
                return false;
            }
            previousWasDigit = true;
            if (digits < 18)
            {
                small = (small * 10) + digit;
            }
            else
            {
                if (digits == 18)
                {
                    value = small;
                }
                value = (value * 10) + digit;
            }
            digits++;
        }
        if (digits <= 18)
        {
            value = small;
        }
        if (negative)
        {
            value = -value;
        }
        return true;
    }

    /// <summary>Python's <c>str.isspace</c> (what <c>int()</c> strips): Unicode white space and the separators U+001C to U+001F.</summary>
    private static bool IsPythonWhitespace(char c) => char.IsWhiteSpace(c) || c is >= '\x1c' and <= '\x1f';
}
