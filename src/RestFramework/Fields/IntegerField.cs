// Provides IntegerField: whole numbers from numbers or strings ("12", "12.0", " 7 ").
using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using RestFramework.Serializers;
using RestFramework.Validators;

namespace RestFramework.Fields;

/// <summary>DRF's <c>IntegerField</c>: accepts <c>12</c>, <c>12.0</c>, <c>"12"</c>, <c>"12.0"</c>, <c>"5_000"</c>, full-width digits (Python's
/// <c>int()</c>); rejects <c>12.5</c>, <c>true</c>, <c>"1e3"</c>. The native value is a <see cref="long"/>.</summary>
/// <remarks>
/// Input is limited to the range of the member it is stored in (an <c>int</c> property takes <c>-2147483648</c> to
/// <c>2147483647</c>), or to 64 bits when the field reads no integer member, with DRF's <c>max_value</c> and <c>min_value</c>
/// messages. A declared <see cref="NumberField{T}.MaxValue"/> or <see cref="NumberField{T}.MinValue"/> within that range
/// replaces its side of it.
/// </remarks>
public sealed partial class IntegerField : NumberField<long>
{
    /// <inheritdoc />
    protected override string? GetDefaultMessage(string key) => key == "invalid" ? "A valid integer is required." : base.GetDefaultMessage(key);

    /// <summary>The range of the column the value is stored in, set by <c>ModelSerializer</c>; null takes the range of the
    /// member the source names, else 64 bits.</summary>
    internal (long Min, long Max)? StorageRange { get; set; }

    /// <inheritdoc />
    protected override IEnumerable<IValidator> GetBuiltInValidators()
    {
        var (min, max) = StorageRange ?? MemberRange() ?? IntegerRange.Int64;
        var upper = MaxValue is { } declaredMax && declaredMax <= max ? declaredMax : max;
        var lower = MinValue is { } declaredMin && declaredMin >= min ? declaredMin : min;
        yield return new ValueLimitValidator(upper, max: true, FormatMessage(GetMessage("max_value"), ("max_value", upper)));
        yield return new ValueLimitValidator(lower, max: false, FormatMessage(GetMessage("min_value"), ("min_value", lower)));
    }

    /// <summary>The range of the integer member the source path names from the parent's instance type, or null.</summary>
    private (long Min, long Max)? MemberRange()
    {
        var type = Parent?.InstanceType;
        foreach (var name in SourceAttrs)
        {
            if (type is null || MemberAccess.Resolve(type, name) is not { } member)
            {
                return null;
            }
            type = MemberAccess.TypeOf(member);
        }
        return SourceAttrs.Count > 0 && type is not null ? IntegerRange.Of(type) : null;
    }

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
                // Python's ints have no limit: a value beyond 64 bits is kept whole here, for the range validators to refuse.
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
