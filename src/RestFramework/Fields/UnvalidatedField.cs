// Provides the default child of ListField and DictField: input passed through unchanged.
using System.Text.Json.Nodes;
using RestFramework.Serializers;

namespace RestFramework.Fields;

/// <summary>DRF's <c>_UnvalidatedField</c>: returns input and output unchanged; null is allowed.</summary>
internal sealed class UnvalidatedField : Field
{
    public UnvalidatedField()
    {
        AllowNull = true;
        Bind(string.Empty, null);
    }

    protected override object? ToInternalValue(JsonNode data, Serializer? root) => data.DeepClone();

    public override object? ToRepresentation(object value, Serializer? root) => value;
}
