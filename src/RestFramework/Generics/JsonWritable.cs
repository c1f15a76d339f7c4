// Provides the conversion of self-writing data into a JSON tree, for the rare places that must read rendered values.
using System.Text.Json.Nodes;
using RestFramework.Renderers;
using RestFramework.Settings;

namespace RestFramework.Generics;

/// <summary>Writes an <see cref="IJsonWritable"/> and parses it back, to read a rendered value such as the <c>url</c> of a created object.</summary>
internal static class JsonWritable
{
    public static JsonNode? ToNode(IJsonWritable value, RestFrameworkOptions options)
    {
        var buffer = new System.Buffers.ArrayBufferWriter<byte>();
        using (var writer = new System.Text.Json.Utf8JsonWriter(buffer))
        {
            value.WriteTo(writer, JsonDataWriter.For(options));
        }
        // As deep as the writer may go (its default limit), not System.Text.Json's default of 64 for reading.
        return JsonNode.Parse(buffer.WrittenSpan, documentOptions: new System.Text.Json.JsonDocumentOptions { MaxDepth = 1000 });
    }
}
