// Provides IntegerField: whole numbers from numbers or strings ("12", "12.0", " 7 ").
using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using RestFramework.Serializers;

namespace RestFramework.Fields;

/// <summary>DRF's <c>IntegerField</c>: accepts <c>12</c>, <c>12.0</c>, <c>"12"</c>, <c>"12.0"</c>; rejects <c>12.5</c>, <c>true</c>, <c>"1e3"</c>. The native value is a <see cref="long"/>.</summary>
public sealed partial class IntegerField : NumberField<long>
{
    /// <inheritdoc />
    protected override string? GetDefaultMessage(string key) => key == "invalid" ? "A valid integer is required." : base.GetDefaultMessage(key);

    /// <inheritdoc />
    protected override object? ToInternalValue(JsonNode data, Serializer? root)
    {
        if (data is JsonValue json && json.TryGetValue<JsonElement>(out var element) && element.ValueKind == JsonValueKind.Number
            && element.TryGetInt64(out var whole))
        {
            return whole;
        }
        var kind = JsonInput.Kind(data);
        if (kind == JsonValueKind.String && data.GetValue<string>().Length > MaxStringLength)
        {
            throw Fail("max_string_length");
        }
        if (kind is JsonValueKind.String or JsonValueKind.Number)
        {
            // int(re.sub(r'\.0*\s*$', '', str(data))): Python integers do not overflow, so a huge one fails max_value/min_value.
            var text = TrailingZeros().Replace(JsonInput.PythonStr(data), string.Empty, 1);
            if (PythonNumbers.TryParse(text, out var value, out var overflow))
            {
                if (!overflow)
                {
                    return value;
                }
                if (value > 0 && MaxValue is { } max)
                {
                    throw Fail("max_value", ("max_value", max));
                }
                if (value < 0 && MinValue is { } min)
                {
                    throw Fail("min_value", ("min_value", min));
                }
            }
        }
        throw Fail("invalid");
    }

    /// <inheritdoc />
    public override object? ToRepresentation(object value, Serializer? root) => Convert.ToInt64(value, CultureInfo.InvariantCulture);

    /// <inheritdoc />
    public override void WriteRepresentation(Utf8JsonWriter writer, object value, Serializer? root, Renderers.JsonDataWriter data)
    {
        switch (value)
        {
            case int i:
                writer.WriteNumberValue(i);
                break;
            case long l:
                writer.WriteNumberValue(l);
                break;
            default:
                writer.WriteNumberValue(Convert.ToInt64(value, CultureInfo.InvariantCulture));
                break;
        }
    }

    [GeneratedRegex(@"\.0*[\s\x1c-\x1f]*$")]
    private static partial Regex TrailingZeros();
}
