// Provides HiddenField: a value that never comes from input, only from its default.
using System.Text.Json.Nodes;
using RestFramework.Serializers;

namespace RestFramework.Fields;

/// <summary>DRF's <c>HiddenField</c>: write-only, ignores input and always puts its default into the validated data.</summary>
public sealed class HiddenField : Field
{
    /// <summary>Creates the field with its (required) default: a value, a <see cref="Func{TResult}"/> or an <see cref="IFieldDefault"/>.</summary>
    public HiddenField(object? @default)
    {
        Default = @default;
        WriteOnly = true;
    }

    /// <inheritdoc />
    public override JsonNode? GetValue(JsonObject data, Serializer? root) => Empty;

    /// <inheritdoc />
    protected override object? ToInternalValue(JsonNode data, Serializer? root) => data;

    /// <inheritdoc />
    public override object? ToRepresentation(object value, Serializer? root) => value;
}
