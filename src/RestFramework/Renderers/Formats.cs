// Provides DRF's text forms of dates, times and floats (Python's isoformat and repr).
using System.Globalization;

namespace RestFramework.Renderers;

/// <summary>Formats values as Python renders them in DRF responses.</summary>
public static class Formats
{
    /// <summary>ISO 8601 with <c>Z</c> for UTC and microseconds only when non-zero: <c>2020-01-02T03:04:05.123456Z</c>.</summary>
    public static string DateTime(DateTimeOffset value)
    {
        var text = value.ToString(Fraction(value.Ticks) ? "yyyy-MM-dd'T'HH:mm:ss.ffffff" : "yyyy-MM-dd'T'HH:mm:ss", CultureInfo.InvariantCulture);
        return value.Offset == TimeSpan.Zero ? text + "Z" : text + value.ToString("zzz", CultureInfo.InvariantCulture);
    }

    /// <summary>As <see cref="DateTime(DateTimeOffset)"/>; a UTC or local value is written in UTC with <c>Z</c>, an unspecified one without offset.</summary>
    public static string DateTime(DateTime value)
    {
        if (value.Kind == DateTimeKind.Unspecified)
        {
            return value.ToString(Fraction(value.Ticks) ? "yyyy-MM-dd'T'HH:mm:ss.ffffff" : "yyyy-MM-dd'T'HH:mm:ss", CultureInfo.InvariantCulture);
        }
        return DateTime(new DateTimeOffset(value.ToUniversalTime(), TimeSpan.Zero));
    }

    /// <summary>Python's <c>time.isoformat()</c>: <c>03:04:05</c> or <c>03:04:05.000006</c>.</summary>
    public static string Time(TimeOnly value) =>
        value.ToString(Fraction(value.Ticks) ? "HH:mm:ss.ffffff" : "HH:mm:ss", CultureInfo.InvariantCulture);

    /// <summary>Python's <c>repr(float)</c>: the shortest round-trip digits, fixed notation from 1e-4 to 1e16 (with <c>.0</c> on integral values), else <c>1e+16</c>.</summary>
    public static string Float(double value)
    {
        if (value == 0)
        {
            return double.IsNegative(value) ? "-0.0" : "0.0";
        }
        var (digits, exponent) = ShortestDigits(Math.Abs(value));
        var sign = value < 0 ? "-" : string.Empty;
        if (exponent is >= -4 and < 16)
        {
            string text;
            if (exponent < 0)
            {
                text = "0." + new string('0', -exponent - 1) + digits;
            }
            else if (digits.Length <= exponent + 1)
            {
                text = digits + new string('0', exponent + 1 - digits.Length) + ".0";
            }
            else
            {
                text = digits[..(exponent + 1)] + "." + digits[(exponent + 1)..];
            }
            return sign + text;
        }
        var mantissa = digits.Length == 1 ? digits : digits[..1] + "." + digits[1..];
        return sign + mantissa + "e" + (exponent < 0 ? "-" : "+") + Math.Abs(exponent).ToString("00", CultureInfo.InvariantCulture);
    }

    // The shortest round-trip significant digits of a positive value, and the decimal exponent of the first digit.
    private static (string Digits, int Exponent) ShortestDigits(double value)
    {
        var text = value.ToString("R", CultureInfo.InvariantCulture);
        var exponent = 0;
        var e = text.IndexOf('E', StringComparison.Ordinal);
        if (e >= 0)
        {
            exponent = int.Parse(text.AsSpan(e + 1), CultureInfo.InvariantCulture);
            text = text[..e];
        }
        var point = text.IndexOf('.', StringComparison.Ordinal);
        var integerDigits = point < 0 ? text.Length : point;
        var all = text.Replace(".", string.Empty, StringComparison.Ordinal);
        var leadingZeros = all.Length - all.TrimStart('0').Length;
        var digits = all.Trim('0');
        return (digits.Length == 0 ? "0" : digits, exponent + integerDigits - 1 - leadingZeros);
    }

    private static bool Fraction(long ticks) => ticks % TimeSpan.TicksPerSecond / 10 != 0;
}
