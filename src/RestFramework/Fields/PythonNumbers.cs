// Provides Python's int(str) and Decimal(str) parsing of text, which DRF, Django and django-filter apply to query values.
using System.Globalization;
using System.Numerics;
using System.Text;

namespace RestFramework.Fields;

/// <summary>Parses text as Python's <c>int(str)</c> and <c>Decimal(str)</c> do: decimal digits of any script, underscores, Unicode whitespace.</summary>
internal static class PythonNumbers
{
    // CPython refuses to convert longer digit strings (sys.int_max_str_digits, Python 3.11+).
    private const int MaxDigits = 4300;

    /// <summary>
    /// Parses <paramref name="text"/> as <c>int(text)</c>: surrounding whitespace, one sign, digits of any script with single
    /// underscores between them. A value beyond <see cref="long"/> is saturated and <paramref name="overflow"/> is set.
    /// </summary>
    public static bool TryParse(string text, out long value, out bool overflow)
    {
        value = 0;
        overflow = false;
        // int() strips Unicode white space but not U+001C..U+001F, which str.strip() would remove.
        var span = text.AsSpan().Trim();
        var negative = false;
        if (span.Length > 0 && (span[0] == '+' || span[0] == '-'))
        {
            negative = span[0] == '-';
            span = span[1..];
        }
        var digits = 0;
        var previousUnderscore = true;
        var magnitude = 0UL;
        for (var i = 0; i < span.Length; i++)
        {
            if (span[i] == '_')
            {
                if (previousUnderscore)
                {
                    return false;
                }
                previousUnderscore = true;
                continue;
            }
            if (!TryDigit(span, ref i, out var digit))
            {
                return false;
            }
            previousUnderscore = false;
            digits++;
            if (!overflow && magnitude > (ulong.MaxValue - (ulong)digit) / 10)
            {
                overflow = true;
            }
            magnitude = overflow ? magnitude : (magnitude * 10) + (ulong)digit;
        }
        if (digits == 0 || previousUnderscore || digits > MaxDigits)
        {
            return false;
        }
        if (!negative && (overflow || magnitude > long.MaxValue))
        {
            overflow = true;
            value = long.MaxValue;
        }
        else if (negative && (overflow || magnitude > (ulong)long.MaxValue + 1))
        {
            overflow = true;
            value = long.MinValue;
        }
        else
        {
            value = negative ? (long)(0UL - magnitude) : (long)magnitude;
        }
        return true;
    }

    /// <summary><see cref="TryParse(string, out long, out bool)"/> with the value saturated on overflow.</summary>
    public static bool TryParse(string text, out long value) => TryParse(text, out value, out _);

    /// <summary>Parses <paramref name="text"/> as <c>int(text)</c> without a limit, as Python's integers have none.</summary>
    public static bool TryParseUnbounded(string text, out BigInteger value)
    {
        value = BigInteger.Zero;
        if (!TryParse(text, out long small, out var overflow))
        {
            return false;
        }
        if (!overflow)
        {
            value = small;
            return true;
        }
        return NormaliseDecimal(text, out _) is { } ascii
            && BigInteger.TryParse(ascii, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out value);
    }

    /// <summary>
    /// Rewrites <paramref name="text"/> as <c>Decimal(text)</c> reads it, in ASCII: stripped of Unicode whitespace
    /// (<c>str.strip()</c>), underscores removed, digits of any script made ASCII. Null when it is not a decimal number
    /// (<c>[sign] (digits [. [digits]] | . digits) [e [sign] digits]</c>); <paramref name="special"/> is set for
    /// <c>Infinity</c>, <c>Inf</c> and <c>NaN</c> in any case, which Decimal accepts and Django refuses as not finite.
    /// </summary>
    public static string? NormaliseDecimal(string text, out bool special)
    {
        special = false;
        var builder = new StringBuilder(text.Length);
        var span = PythonText.StripPython(text.AsSpan());
        for (var i = 0; i < span.Length; i++)
        {
            if (span[i] == '_')
            {
                continue;
            }
            if (span[i] > 127 && TryDigit(span, ref i, out var digit))
            {
                builder.Append((char)('0' + digit));
                continue;
            }
            builder.Append(span[i]);
        }
        var ascii = builder.ToString();
        var unsigned = ascii.TrimStart('+', '-');
        if (unsigned.Length < ascii.Length - 1)
        {
            return null;
        }
        var lower = unsigned.ToLowerInvariant();
        if (lower is "inf" or "infinity" || IsNaN(lower, "nan") || IsNaN(lower, "snan"))
        {
            special = true;
            return ascii;
        }
        return IsDecimalSyntax(unsigned) ? ascii : null;
    }

    private static bool IsNaN(string lower, string prefix) =>
        lower.StartsWith(prefix, StringComparison.Ordinal) && lower.AsSpan(prefix.Length).IndexOfAnyExceptInRange('0', '9') < 0;

    private static bool IsDecimalSyntax(string text)
    {
        var i = 0;
        var mantissaDigits = 0;
        while (i < text.Length && char.IsAsciiDigit(text[i]))
        {
            i++;
            mantissaDigits++;
        }
        if (i < text.Length && text[i] == '.')
        {
            i++;
            while (i < text.Length && char.IsAsciiDigit(text[i]))
            {
                i++;
                mantissaDigits++;
            }
        }
        if (mantissaDigits == 0)
        {
            return false;
        }
        if (i < text.Length && (text[i] == 'e' || text[i] == 'E'))
        {
            i++;
            if (i < text.Length && (text[i] == '+' || text[i] == '-'))
            {
                i++;
            }
            var exponentDigits = 0;
            while (i < text.Length && char.IsAsciiDigit(text[i]))
            {
                i++;
                exponentDigits++;
            }
            if (exponentDigits == 0)
            {
                return false;
            }
        }
        return i == text.Length;
    }

    // A decimal digit (Unicode category Nd, any script, astral ones as surrogate pairs); i moves past a pair.
    private static bool TryDigit(ReadOnlySpan<char> text, ref int i, out int digit)
    {
        if (char.IsAsciiDigit(text[i]))
        {
            digit = text[i] - '0';
            return true;
        }
        if (Rune.DecodeFromUtf16(text[i..], out var rune, out var consumed) != System.Buffers.OperationStatus.Done
            || Rune.GetUnicodeCategory(rune) != UnicodeCategory.DecimalDigitNumber)
        {
            digit = 0;
            return false;
        }
        digit = (int)Rune.GetNumericValue(rune);
        i += consumed - 1;
        return true;
    }
}
