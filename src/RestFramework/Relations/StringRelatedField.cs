// Provides StringRelatedField: a related entity rendered as its ToString().
using System.Text.Json.Nodes;
using RestFramework.Serializers;

namespace RestFramework.Relations;

/// <summary>DRF's <c>StringRelatedField</c>: read-only, renders <c>ToString()</c> of the related entity (or each one with <see cref="RelatedField{TEntity}.Many"/>).</summary>
public sealed class StringRelatedField : RelatedField<object>
{
    /// <summary>Creates the field.</summary>
    public StringRelatedField()
    {
        ReadOnly = true;
    }

    /// <inheritdoc />
    protected override object ToEntity(JsonNode data, Serializer? root) => throw new InvalidOperationException("StringRelatedField is read-only.");

    /// <inheritdoc />
    protected override object? RepresentEntity(object entity, Serializer? root) => entity.ToString();
}
