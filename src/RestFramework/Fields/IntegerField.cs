// Provides IntegerField: whole numbers from numbers or strings ("12", "12.0", " 7 ").
using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using RestFramework.Serializers;

namespace RestFramework.Fields;

/// <summary>DRF's <c>IntegerField</c>: accepts <c>12</c>, <c>12.0</c>, <c>"12"</c>, <c>"12.0"</c>, <c>"5_000"</c>, full-width digits (Python's
/// <c>int()</c>); rejects <c>12.5</c>, <c>true</c>, <c>"1e3"</c>. The native value is a <see cref="long"/>, or a
/// <see cref="System.Numerics.BigInteger"/> beyond 64 bits (which no member can store).</summary>
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
            var text = TrailingZeros().Replace(JsonInput.PythonStr(data), string.Empty, 1);
            if (PythonNumbers.TryParseUnbounded(text, out var value))
            {
                // Python's ints have no limit: a value beyond 64 bits is valid here and fails when it is stored, as in Django.
                return value >= long.MinValue && value <= long.MaxValue ? (object)(long)value : value;
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
