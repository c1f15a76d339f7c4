// Provides JsonField: any JSON value, stored as a JsonNode.
using System.Text.Json;
using System.Text.Json.Nodes;
using RestFramework.Serializers;

namespace RestFramework.Fields;

/// <summary>DRF's <c>JSONField</c>: accepts any JSON value; form input (or <see cref="Binary"/>) is parsed from its text.</summary>
public sealed class JsonField : Field
{
    /// <summary>Whether input is JSON text to parse and output is JSON text. Defaults to false.</summary>
    public bool Binary { get; set; }

    // Text input nests as deep as a JSON body may (System.Text.Json's default stops at 64 levels); deeper is invalid.
    private static readonly JsonDocumentOptions DocumentOptions = new() { MaxDepth = Parsers.JsonParser.PythonMaxDepth };

    /// <inheritdoc />
    protected override string? GetDefaultMessage(string key) => key == "invalid" ? "Value must be valid JSON." : base.GetDefaultMessage(key);

    /// <inheritdoc />
    protected override object? ToInternalValue(JsonNode data, Serializer? root)
    {
        if (Binary || (root is not null && root.IsHtmlInput))
        {
            if (!JsonInput.TryGetString(data, out var text))
            {
                throw Fail("invalid");
            }
            try
            {
                return JsonNode.Parse(text, documentOptions: DocumentOptions);
            }
            catch (JsonException)
            {
                throw Fail("invalid");
            }
        }
        return data.DeepClone();
    }

    /// <inheritdoc />
    public override object? ToRepresentation(object value, Serializer? root) => Binary ? (value as JsonNode)?.ToJsonString() ?? value : value;
}
