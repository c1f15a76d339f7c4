// Provides DurationField: Django's duration text ("1 02:03:04.5", "3600", "P1DT2H") as TimeSpan.
using System.Globalization;
using System.Text;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using RestFramework.Serializers;

namespace RestFramework.Fields;

/// <summary>DRF's <c>DurationField</c>: Django's <c>parse_duration</c> input and <c>duration_string</c> output (<c>"1 02:00:05.000007"</c>).</summary>
public sealed partial class DurationField : NumberField<TimeSpan>
{
    /// <inheritdoc />
    protected override string? GetDefaultMessage(string key) => key switch
    {
        "invalid" => "Duration has wrong format. Use one of these formats instead: {format}.",
        // DRF 3.15's message, with the limits of TimeSpan (Python's timedelta reaches 999999999 days).
        "overflow" => "The number of days must be between {min_days} and {max_days}.",
        _ => base.GetDefaultMessage(key),
    };

    /// <inheritdoc />
    protected override object? ToInternalValue(JsonNode data, Serializer? root)
    {
        var overflow = false;
        if (data is JsonValue && Parse(JsonInput.PythonStr(data), out overflow) is { } value)
        {
            return value;
        }
        if (overflow)
        {
            throw Fail("overflow", ("min_days", TimeSpan.MinValue.Days), ("max_days", TimeSpan.MaxValue.Days));
        }
        throw Fail("invalid", ("format", "[DD] [HH:[MM:]]ss[.uuuuuu]"));
    }

    /// <summary>Django's <c>parse_duration</c>: the standard, ISO 8601 and PostgreSQL forms; null when none matches, or when the
    /// duration is beyond <see cref="TimeSpan"/> (<paramref name="overflow"/> is then set).</summary>
    internal static TimeSpan? Parse(string text, out bool overflow)
    {
        overflow = false;
        var iso = false;
        var m = Standard().Match(text);
        if (!m.Success)
        {
            m = Iso().Match(text);
            iso = m.Success;
        }
        if (!m.Success)
        {
            m = Postgres().Match(text);
        }
        if (!m.Success)
        {
            return null;
        }
        var sign = m.Groups["sign"].Value == "-" ? -1 : 1;
        double Part(string name) => m.Groups[name].Success && m.Groups[name].Length > 0 ? double.Parse(m.Groups[name].Value.Replace(',', '.'), CultureInfo.InvariantCulture) : 0;
        var micro = m.Groups["micro"].Success ? double.Parse(m.Groups["micro"].Value.PadRight(6, '0'), CultureInfo.InvariantCulture) : 0;
        if (m.Groups["seconds"].Value.StartsWith('-'))
        {
            micro = -micro;
        }
        var days = Part("days") * (iso ? sign : 1);
        var rest = (Part("hours") * 3600e6) + (Part("minutes") * 60e6) + (Part("seconds") * 1e6) + micro;
        var total = Math.Round((days * 86400e6) + (sign * rest), MidpointRounding.ToEven);
        // Whole microseconds within TimeSpan's range (its ticks are tenths of a microsecond).
        if (!double.IsFinite(total) || Math.Abs(total) > TimeSpan.MaxValue.Ticks / 10)
        {
            overflow = true;
            return null;
        }
        return TimeSpan.FromTicks((long)total * 10);
    }

    /// <inheritdoc />
    public override object? ToRepresentation(object value, Serializer? root) => value is TimeSpan span ? DurationString(span) : value;

    /// <summary>Django's <c>duration_string</c>: <c>[D ]HH:MM:SS[.ffffff]</c> with Python's day normalisation.</summary>
    public static string DurationString(TimeSpan span)
    {
        var micros = span.Ticks / 10;
        var days = (long)Math.Floor(micros / 86_400_000_000d);
        var remainder = micros - (days * 86_400_000_000);
        var seconds = remainder / 1_000_000;
        var fraction = remainder % 1_000_000;
        var text = new StringBuilder();
        if (days != 0)
        {
            text.Append(days.ToString(CultureInfo.InvariantCulture)).Append(' ');
        }
        text.Append(CultureInfo.InvariantCulture, $"{seconds / 3600:00}:{seconds / 60 % 60:00}:{seconds % 60:00}");
        if (fraction != 0)
        {
            text.Append(CultureInfo.InvariantCulture, $".{fraction:000000}");
        }
        return text.ToString();
    }

    [GeneratedRegex(@"^(?:(?<days>-?[0-9]+) (days?, )?)?(?<sign>-?)((?:(?<hours>[0-9]+):)(?=[0-9]+:[0-9]+))?(?:(?<minutes>[0-9]+):)?(?<seconds>[0-9]+)(?:[\.,](?<micro>[0-9]{1,6})[0-9]{0,6})?$")]
    private static partial Regex Standard();

    [GeneratedRegex(@"^(?<sign>[-+]?)P(?:(?<days>[0-9]+(.[0-9]+)?)D)?(?:T(?:(?<hours>[0-9]+(.[0-9]+)?)H)?(?:(?<minutes>[0-9]+(.[0-9]+)?)M)?(?:(?<seconds>[0-9]+(.[0-9]+)?)S)?)?$")]
    private static partial Regex Iso();

    [GeneratedRegex(@"^(?:(?<days>-?[0-9]+) (days? ?))?(?:(?<sign>[-+])?(?<hours>[0-9]+):(?<minutes>[0-9][0-9]):(?<seconds>[0-9][0-9])(?:\.(?<micro>[0-9]{1,6}))?)?$")]
    private static partial Regex Postgres();
}
