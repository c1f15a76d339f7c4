// Provides ReadPath, which tells how a serializer reads querysets.
namespace RestFramework.Serializers;

/// <summary>How a serializer renders a queryset.</summary>
public enum ReadPath
{
    /// <summary>One SQL query projecting only the rendered columns (relations included), rows written straight to JSON.</summary>
    Projection,

    /// <summary>Entities loaded with their relations up front, then rendered field by field (some field runs C# code).</summary>
    PerObject,
}
