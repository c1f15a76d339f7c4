// Provides BooleanField: DRF's accepted spellings of true, false and null.
using System.Text.Json;
using System.Text.Json.Nodes;
using RestFramework.Serializers;

namespace RestFramework.Fields;

/// <summary>DRF's <c>BooleanField</c>: accepts <c>true/"yes"/"on"/"1"/1</c> and friends; an absent form checkbox is false.</summary>
public sealed class BooleanField : Field
{
    private static readonly HashSet<string> TrueStrings = ["t", "T", "y", "Y", "yes", "Yes", "YES", "true", "True", "TRUE", "on", "On", "ON", "1"];
    private static readonly HashSet<string> FalseStrings = ["f", "F", "n", "N", "no", "No", "NO", "false", "False", "FALSE", "off", "Off", "OFF", "0"];
    private static readonly HashSet<string> NullStrings = ["null", "Null", "NULL", ""];

    /// <inheritdoc />
    protected internal override JsonNode? DefaultEmptyHtml => JsonValue.Create(false);

    /// <inheritdoc />
    protected override string? GetDefaultMessage(string key) => key == "invalid" ? "Must be a valid boolean." : base.GetDefaultMessage(key);

    /// <inheritdoc />
    protected override object? ToInternalValue(JsonNode data, Serializer? root)
    {
        switch (JsonInput.Kind(data))
        {
            case JsonValueKind.True:
                return true;
            case JsonValueKind.False:
                return false;
            case JsonValueKind.Number:
                var number = data.GetValue<double>();
                if (number == 1)
                {
                    return true;
                }
                if (number == 0)
                {
                    return false;
                }
                break;
            case JsonValueKind.String:
                var text = data.GetValue<string>();
                if (TrueStrings.Contains(text))
                {
                    return true;
                }
                if (FalseStrings.Contains(text))
                {
                    return false;
                }
                if (AllowNull && NullStrings.Contains(text))
                {
                    return null;
                }
                break;
        }
        throw Fail("invalid", ("input", JsonInput.PythonStr(data)));
    }

    /// <inheritdoc />
    public override object? ToRepresentation(object value, Serializer? root) => value switch
    {
        bool b => b,
        string s when TrueStrings.Contains(s) => true,
        string s when FalseStrings.Contains(s) => false,
        string s when AllowNull && NullStrings.Contains(s) => null,
        string s => s.Length > 0,
        IConvertible c => c.ToDouble(System.Globalization.CultureInfo.InvariantCulture) != 0,
        _ => true,
    };

    /// <inheritdoc />
    public override void WriteRepresentation(Utf8JsonWriter writer, object value, Serializer? root, Renderers.JsonDataWriter data)
    {
        if (value is bool b)
        {
            writer.WriteBooleanValue(b);
            return;
        }
        base.WriteRepresentation(writer, value, root, data);
    }
}
