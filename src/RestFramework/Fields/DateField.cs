// Provides DateField: ISO 8601 dates (YYYY-MM-DD).
using System.Globalization;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using RestFramework.Serializers;

namespace RestFramework.Fields;

/// <summary>DRF's <c>DateField</c>: parses <c>YYYY-M-D</c>; the native value is a <see cref="DateOnly"/>; renders <c>2020-01-02</c>.</summary>
public sealed partial class DateField : Field
{
    /// <inheritdoc />
    protected override string? GetDefaultMessage(string key) => key switch
    {
        "invalid" => "Date has wrong format. Use one of these formats instead: {format}.",
        "datetime" => "Expected a date but got a datetime.",
        _ => base.GetDefaultMessage(key),
    };

    /// <inheritdoc />
    protected override object? ToInternalValue(JsonNode data, Serializer? root)
    {
        if (JsonInput.TryGetString(data, out var text) && Pattern().Match(text) is { Success: true } m
            && DateOnly.TryParseExact($"{m.Groups[1].Value}-{int.Parse(m.Groups[2].Value, CultureInfo.InvariantCulture):00}-{int.Parse(m.Groups[3].Value, CultureInfo.InvariantCulture):00}", "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            return date;
        }
        throw Fail("invalid", ("format", "YYYY-MM-DD"));
    }

    /// <inheritdoc />
    public override object? ToRepresentation(object value, Serializer? root) => value switch
    {
        DateOnly d => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        DateTime dt => dt.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        DateTimeOffset dto => dto.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        _ => value,
    };

    [GeneratedRegex(@"^([0-9]{4})-([0-9]{1,2})-([0-9]{1,2})$")]
    private static partial Regex Pattern();
}
