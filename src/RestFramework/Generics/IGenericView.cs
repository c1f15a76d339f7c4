// Provides the non-generic face of GenericApiView<TEntity> for the code that has only an ApiView.
using System.Text.Json.Nodes;
using RestFramework.Serializers;

namespace RestFramework.Generics;

/// <summary>What a generic view offers whatever its entity type: its serializer class and a serializer with its context.</summary>
internal interface IGenericView
{
    /// <inheritdoc cref="GenericApiView{TEntity}.GetSerializerType" />
    Type GetSerializerType();

    /// <inheritdoc cref="GenericApiView{TEntity}.GetSerializer" />
    Serializer GetSerializer(object? instance = null, JsonNode? data = null, bool partial = false, bool many = false);
}
