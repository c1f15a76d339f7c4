// Provides DateTimeField: ISO 8601 datetimes, stored in UTC and rendered with Z.
using System.Globalization;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using RestFramework.Renderers;
using RestFramework.Serializers;

namespace RestFramework.Fields;

/// <summary>DRF's <c>DateTimeField</c> under <c>USE_TZ</c> with UTC: parses Django's ISO 8601 forms; the native value is a UTC <see cref="DateTime"/>.</summary>
/// <remarks>Renders <c>2020-01-02T03:04:05Z</c>, with microseconds only when non-zero. A naive (unspecified) value is taken as UTC.</remarks>
public sealed partial class DateTimeField : Field
{
    /// <summary>A .NET format string for the output, or null for ISO 8601.</summary>
    public string? Format { get; set; }

    /// <inheritdoc />
    protected override string? GetDefaultMessage(string key) => key switch
    {
        "invalid" => "Datetime has wrong format. Use one of these formats instead: {format}.",
        "date" => "Expected a datetime but got a date.",
        "make_aware" => "Invalid datetime for the timezone \"{timezone}\".",
        "overflow" => "Datetime value out of range.",
        _ => base.GetDefaultMessage(key),
    };

    /// <inheritdoc />
    protected override object? ToInternalValue(JsonNode data, Serializer? root)
    {
        if (JsonInput.TryGetString(data, out var text) && Pattern().Match(text) is { Success: true } m)
        {
            try
            {
                var local = new DateTime(Int(m, "year"), Int(m, "month"), Int(m, "day"), Int(m, "hour"), Int(m, "minute"), Int(m, "second"), DateTimeKind.Unspecified)
                    .AddTicks(Micro(m) * 10);
                var offset = Offset(m.Groups["tz"].Value);
                if (offset.Duration() <= MaxOffset)
                {
                    // A valid local time whose UTC instant is before year 1 or after 9999: Python's OverflowError on astimezone.
                    var ticks = local.Ticks - offset.Ticks;
                    return ticks < DateTime.MinValue.Ticks || ticks > DateTime.MaxValue.Ticks
                        ? throw Fail("overflow")
                        : new DateTime(ticks, DateTimeKind.Utc);
                }
            }
            catch (ArgumentException)
            {
            }
        }
        throw Fail("invalid", ("format", "YYYY-MM-DDThh:mm[:ss[.uuuuuu]][+HH:MM|-HH:MM|Z]"));
    }

    /// <inheritdoc />
    public override object? ToRepresentation(object value, Serializer? root) => value switch
    {
        string s => s,
        DateTimeOffset dto => Format is null ? Formats.DateTime(dto.ToUniversalTime()) : dto.ToUniversalTime().ToString(Format, CultureInfo.InvariantCulture),
        DateTime dt => Format is null ? Formats.DateTime(AsUtc(dt)) : AsUtc(dt).ToString(Format, CultureInfo.InvariantCulture),
        _ => value,
    };

    /// <summary>A naive value taken as UTC, a local one converted.</summary>
    internal static DateTime AsUtc(DateTime value) => value.Kind switch
    {
        DateTimeKind.Unspecified => DateTime.SpecifyKind(value, DateTimeKind.Utc),
        DateTimeKind.Local => value.ToUniversalTime(),
        _ => value,
    };

    // The largest UTC offset DateTimeOffset takes; Python takes up to 23:59, which is refused here as malformed.
    private static readonly TimeSpan MaxOffset = TimeSpan.FromHours(14);

    internal static int Int(Match m, string group) => m.Groups[group].Success ? int.Parse(m.Groups[group].Value, NumberStyles.None, CultureInfo.InvariantCulture) : 0;

    internal static long Micro(Match m) => m.Groups["micro"].Success ? long.Parse(m.Groups["micro"].Value.PadRight(6, '0'), CultureInfo.InvariantCulture) : 0;

    private static TimeSpan Offset(string tz)
    {
        if (tz.Length == 0 || tz == "Z")
        {
            return TimeSpan.Zero;
        }
        var minutes = (60 * int.Parse(tz.AsSpan(1, 2), CultureInfo.InvariantCulture)) + (tz.Length > 3 ? int.Parse(tz.AsSpan(tz.Length - 2), CultureInfo.InvariantCulture) : 0);
        return TimeSpan.FromMinutes(tz[0] == '-' ? -minutes : minutes);
    }

    [GeneratedRegex(@"^(?<year>[0-9]{4})-(?<month>[0-9]{1,2})-(?<day>[0-9]{1,2})[T ](?<hour>[0-9]{1,2}):(?<minute>[0-9]{1,2})(?::(?<second>[0-9]{1,2})(?:[\.,](?<micro>[0-9]{1,6})[0-9]{0,6})?)?(?<tz>Z|[+-][0-9]{2}(?::?[0-9]{2})?)?$")]
    private static partial Regex Pattern();
}
