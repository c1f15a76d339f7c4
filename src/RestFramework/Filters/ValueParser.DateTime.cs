// Provides Django's parse_datetime: ISO 8601 date and time with a space or T, optional seconds, fraction and offset.
using System.Globalization;
using System.Text.RegularExpressions;

namespace RestFramework.Filters;

internal static partial class ValueParser
{
    /// <summary>Parses <paramref name="text"/> as Django's <c>parse_datetime</c>; a naive value is taken as UTC (Django's default <c>TIME_ZONE</c>).</summary>
    public static bool TryParseDateTime(string text, out DateTimeOffset value)
    {
        value = default;
        var match = DateTimePattern().Match(text);
        if (!match.Success)
        {
            return false;
        }
        int Group(string name) => match.Groups[name].Success ? int.Parse(match.Groups[name].Value, CultureInfo.InvariantCulture) : 0;
        var fraction = match.Groups["fraction"].Success ? match.Groups["fraction"].Value.PadRight(6, '0') : "0";
        var offset = TimeSpan.Zero;
        if (match.Groups["tz"].Success && match.Groups["tz"].Value != "Z")
        {
            var tz = match.Groups["tz"].Value;
            var hours = int.Parse(tz.AsSpan(1, 2), CultureInfo.InvariantCulture);
            var minutes = tz.Length > 3 ? int.Parse(tz.AsSpan(tz.Length - 2), CultureInfo.InvariantCulture) : 0;
            offset = new TimeSpan(hours, minutes, 0) * (tz[0] == '-' ? -1 : 1);
        }
        try
        {
            value = new DateTimeOffset(Group("year"), Group("month"), Group("day"), Group("hour"), Group("minute"), Group("second"), offset)
                .AddTicks(int.Parse(fraction, CultureInfo.InvariantCulture) * 10L);
            return true;
        }
        catch (ArgumentOutOfRangeException)
        {
            return false;
        }
    }

    /// <summary>The text of <paramref name="value"/> as Python's <c>str()</c> writes an aware datetime: <c>2024-01-02 03:04:05.000006+00:00</c>.</summary>
    public static string FormatDateTime(DateTimeOffset value)
    {
        var text = value.ToString(value.Ticks % TimeSpan.TicksPerSecond == 0 ? "yyyy-MM-dd HH:mm:ss" : "yyyy-MM-dd HH:mm:ss.ffffff", CultureInfo.InvariantCulture);
        var offset = value.Offset;
        return text + (offset < TimeSpan.Zero ? "-" : "+") + offset.Duration().ToString(@"hh\:mm", CultureInfo.InvariantCulture);
    }

    [GeneratedRegex(@"^(?<year>[0-9]{4})-(?<month>[0-9]{1,2})-(?<day>[0-9]{1,2})[T ](?<hour>[0-9]{1,2}):(?<minute>[0-9]{1,2})(?::(?<second>[0-9]{1,2})(?:[\.,](?<fraction>[0-9]{1,6})[0-9]{0,6})?)?\s*(?<tz>Z|[+-][0-9]{2}(?::?[0-9]{2})?)?$", RegexOptions.CultureInvariant)]
    private static partial Regex DateTimePattern();
}
