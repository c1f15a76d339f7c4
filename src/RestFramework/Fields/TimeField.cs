// Provides TimeField: ISO 8601 times of day (hh:mm[:ss[.uuuuuu]]).
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using RestFramework.Renderers;
using RestFramework.Serializers;

namespace RestFramework.Fields;

/// <summary>DRF's <c>TimeField</c>: parses <c>hh:mm[:ss[.uuuuuu]]</c>; the native value is a <see cref="TimeOnly"/>; renders <c>03:04:05.000006</c>.</summary>
public sealed partial class TimeField : Field
{
    /// <inheritdoc />
    protected override string? GetDefaultMessage(string key) => key == "invalid" ? "Time has wrong format. Use one of these formats instead: {format}." : base.GetDefaultMessage(key);

    /// <inheritdoc />
    protected override object? ToInternalValue(JsonNode data, Serializer? root)
    {
        if (JsonInput.TryGetString(data, out var text) && Pattern().Match(text) is { Success: true } m)
        {
            try
            {
                return new TimeOnly(DateTimeField.Int(m, "hour"), DateTimeField.Int(m, "minute"), DateTimeField.Int(m, "second")).Add(TimeSpan.FromTicks(DateTimeField.Micro(m) * 10));
            }
            catch (ArgumentOutOfRangeException)
            {
            }
        }
        throw Fail("invalid", ("format", "hh:mm[:ss[.uuuuuu]]"));
    }

    /// <inheritdoc />
    public override object? ToRepresentation(object value, Serializer? root) => value switch
    {
        TimeOnly t => Formats.Time(t),
        TimeSpan span => Formats.Time(TimeOnly.FromTimeSpan(span)),
        _ => value,
    };

    [GeneratedRegex(@"^(?<hour>[0-9]{1,2}):(?<minute>[0-9]{1,2})(?::(?<second>[0-9]{1,2})(?:[\.,](?<micro>[0-9]{1,6})[0-9]{0,6})?)?")]
    private static partial Regex Pattern();
}
