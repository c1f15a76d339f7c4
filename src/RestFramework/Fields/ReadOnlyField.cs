// Provides ReadOnlyField: renders the attribute as it is.
using System.Text.Json.Nodes;
using RestFramework.Serializers;

namespace RestFramework.Fields;

/// <summary>DRF's <c>ReadOnlyField</c>: always read-only; renders the attribute unchanged.</summary>
public sealed class ReadOnlyField : Field
{
    /// <summary>Creates the field.</summary>
    public ReadOnlyField()
    {
        ReadOnly = true;
    }

    /// <inheritdoc />
    protected override object? ToInternalValue(JsonNode data, Serializer? root) => data;

    /// <inheritdoc />
    public override object? ToRepresentation(object value, Serializer? root) => value;
}
