// Provides the JSON body parser.
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using RestFramework.Exceptions;

namespace RestFramework.Parsers;

/// <summary>Parses <c>application/json</c> bodies as Python's <c>json</c> does: the charset decodes the bytes strictly, a repeated
/// key keeps its first position and its last value; malformed JSON gives 400 <c>JSON parse error - ...</c>.</summary>
public sealed class JsonParser : IParser
{
    private static readonly JsonDocumentOptions DocumentOptions = new() { MaxDepth = 512 };

    /// <inheritdoc />
    public string MediaType => "application/json";

    /// <inheritdoc />
    public ParsedBody Parse(ReadOnlyMemory<byte> body, ParserContext context)
    {
        try
        {
            var charset = context.Charset;
            if (!charset.IsUtf8)
            {
                body = Encoding.UTF8.GetBytes(charset.DecodeStrict(body.Span));
            }
            else if (!System.Text.Unicode.Utf8.IsValid(body.Span))
            {
                throw new ParseError("JSON parse error - 'utf-8' codec can't decode the body: invalid UTF-8.");
            }
            JsonElement root;
            using (var document = JsonDocument.Parse(body, DocumentOptions))
            {
                // One copy of the document backs every value below it.
                root = document.RootElement.Clone();
            }
            return new ParsedBody(ToNode(root), null, ParsedBody.NoFiles);
        }
        catch (JsonException ex)
        {
            throw new ParseError($"JSON parse error - {ex.Message}");
        }
        catch (DecoderFallbackException ex)
        {
            throw new ParseError($"JSON parse error - {ex.Message}");
        }
    }

    private static JsonNode? ToNode(JsonElement element)
    {
        switch (element.ValueKind)
        {
            case JsonValueKind.Object:
                var map = new JsonObject();
                foreach (var property in element.EnumerateObject())
                {
                    map[property.Name] = ToNode(property.Value);
                }
                return map;
            case JsonValueKind.Array:
                var list = new JsonArray();
                foreach (var item in element.EnumerateArray())
                {
                    list.Add(ToNode(item));
                }
                return list;
            case JsonValueKind.Null:
                return null;
            default:
                return JsonValue.Create(element);
        }
    }
}
