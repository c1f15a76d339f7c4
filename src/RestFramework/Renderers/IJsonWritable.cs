// Provides the seam for data that writes its own JSON, such as a serializer's compiled output.
using System.Text.Json;

namespace RestFramework.Renderers;

/// <summary>Data that writes itself to a <see cref="Utf8JsonWriter"/>, skipping reflection-based serialization.</summary>
public interface IJsonWritable
{
    /// <summary>Writes this value as one JSON value.</summary>
    void WriteTo(Utf8JsonWriter writer, JsonDataWriter data);
}
