// Provides the test helper that runs a field on JSON input and renders the outcome as DRF's tests print it.
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using RestFramework.Exceptions;
using RestFramework.Fields;
using RestFramework.Renderers;

namespace RestFramework.Tests.Fields;

internal static class FieldCheck
{
    /// <summary>Validates <paramref name="json"/> and returns <c>OK &lt;representation&gt;</c> or <c>ERR &lt;detail&gt;</c>.</summary>
    public static string Run(Field field, string json)
    {
        if (field.FieldName.Length == 0)
        {
            field.Bind("f", null);
        }
        var input = JsonNode.Parse(json);
        try
        {
            var value = field.RunValidation(input);
            return "OK " + Render(value is null ? null : field.ToRepresentation(value, null));
        }
        catch (ValidationError error)
        {
            return "ERR " + Render(error.Detail);
        }
    }

    public static string Render(object? value)
    {
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream, new JsonWriterOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            JsonDataWriter.For(null).Write(writer, value);
        }
        return Encoding.UTF8.GetString(stream.ToArray());
    }
}
