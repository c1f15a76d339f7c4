// Provides UuidField: UUIDs from strings (with or without hyphens) or integers.
using System.Globalization;
using System.Numerics;
using System.Text.Json;
using System.Text.Json.Nodes;
using RestFramework.Serializers;

namespace RestFramework.Fields;

/// <summary>DRF's <c>UUIDField</c>: the native value is a <see cref="Guid"/>; <see cref="UuidFormat"/> picks the output (<c>hex_verbose</c>, <c>hex</c>, <c>int</c>, <c>urn</c>).</summary>
public sealed class UuidField : Field
{
    /// <summary>The output format. Defaults to <c>hex_verbose</c>.</summary>
    public string UuidFormat { get; set; } = "hex_verbose";

    /// <inheritdoc />
    protected override string? GetDefaultMessage(string key) => key == "invalid" ? "Must be a valid UUID." : base.GetDefaultMessage(key);

    /// <inheritdoc />
    protected override object? ToInternalValue(JsonNode data, Serializer? root)
    {
        var kind = JsonInput.Kind(data);
        if (kind == JsonValueKind.Number && JsonInput.IsIntegral(data)
            && BigInteger.TryParse(JsonInput.NumberText(data), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var number)
            && number >= 0 && number < BigInteger.One << 128)
        {
            return Guid.ParseExact(number.ToString("x32", CultureInfo.InvariantCulture)[^32..], "N");
        }
        if (kind is JsonValueKind.True or JsonValueKind.False)
        {
            return Guid.ParseExact((kind == JsonValueKind.True ? 1 : 0).ToString("x32", CultureInfo.InvariantCulture), "N");
        }
        if (kind == JsonValueKind.String)
        {
            var hex = data.GetValue<string>().Replace("urn:", string.Empty, StringComparison.Ordinal).Replace("uuid:", string.Empty, StringComparison.Ordinal)
                .Trim('{', '}').Replace("-", string.Empty, StringComparison.Ordinal);
            if (hex.Length == 32 && Guid.TryParseExact(hex, "N", out var guid))
            {
                return guid;
            }
        }
        throw Fail("invalid", ("value", JsonInput.PythonStr(data)));
    }

    /// <inheritdoc />
    public override object? ToRepresentation(object value, Serializer? root)
    {
        var guid = value is Guid g ? g : Guid.Parse(Convert.ToString(value, CultureInfo.InvariantCulture)!);
        return UuidFormat switch
        {
            "hex" => guid.ToString("N"),
            "urn" => "urn:uuid:" + guid.ToString("D"),
            "int" => BigInteger.Parse("0" + guid.ToString("N"), NumberStyles.HexNumber, CultureInfo.InvariantCulture),
            _ => guid.ToString("D"),
        };
    }
}
