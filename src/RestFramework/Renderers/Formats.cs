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

    /// <summary>Python's <c>repr(float)</c>: the shortest round-trip form, with <c>.0</c> on integral values.</summary>
    public static string Float(double value)
    {
        if (value == Math.Floor(value) && Math.Abs(value) < 1e16)
        {
            return value.ToString("0", CultureInfo.InvariantCulture) + ".0";
        }
        var text = value.ToString("R", CultureInfo.InvariantCulture);
        if (text.Contains('E', StringComparison.Ordinal))
        {
            // Python writes 1e+16 and 1e-05 where .NET writes 1E+16 and 1E-05.
            var mantissaEnd = text.IndexOf('E', StringComparison.Ordinal);
            var exponent = int.Parse(text.AsSpan(mantissaEnd + 1), CultureInfo.InvariantCulture);
            text = text[..mantissaEnd] + "e" + (exponent < 0 ? "-" : "+") + Math.Abs(exponent).ToString("00", CultureInfo.InvariantCulture);
        }
        return text;
    }

    private static bool Fraction(long ticks) => ticks % TimeSpan.TicksPerSecond / 10 != 0;
}
