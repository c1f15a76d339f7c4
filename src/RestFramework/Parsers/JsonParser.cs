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
    /// <summary>The deepest nesting Python's <c>json</c> reads inside a gunicorn worker of DRF 3.14 before its recursion limit
    /// (measured: 952 nested arrays parse, 953 raise <c>RecursionError</c>, which DRF answers with a 500).</summary>
    internal const int PythonMaxDepth = 952;

    private static readonly JsonDocumentOptions DocumentOptions = new() { MaxDepth = PythonMaxDepth };

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
            return new ParsedBody(ToNode(root, HasSurrogateEscape(body.Span)), null, ParsedBody.NoFiles);
        }
        catch (JsonException ex)
        {
            if (NestsDeeperThanPython(body.Span))
            {
                throw new InsufficientExecutionStackException("maximum recursion depth exceeded while decoding a JSON array from a unicode string", ex);
            }
            throw new ParseError($"JSON parse error - {ex.Message}");
        }
        catch (DecoderFallbackException ex)
        {
            throw new ParseError($"JSON parse error - {ex.Message}");
        }
    }

    /// <summary>Whether the body nests deeper than <see cref="PythonMaxDepth"/> before any syntax error (Python's recursion limit
    /// comes first there).</summary>
    private static bool NestsDeeperThanPython(ReadOnlySpan<byte> body)
    {
        var reader = new Utf8JsonReader(body, new JsonReaderOptions { MaxDepth = int.MaxValue });
        try
        {
            while (reader.Read())
            {
                if (reader.CurrentDepth >= PythonMaxDepth && reader.TokenType is JsonTokenType.StartArray or JsonTokenType.StartObject)
                {
                    return true;
                }
            }
        }
        catch (JsonException)
        {
        }
        return false;
    }

    /// <param name="element">The parsed value.</param>
    /// <param name="surrogates">Whether the body escapes a surrogate (<c>\uD800</c> to <c>\uDFFF</c>): strings are then read
    /// one by one, so that a lone surrogate reaches the fields (Python keeps it; CharField then rejects it) instead of failing.</param>
    private static JsonNode? ToNode(JsonElement element, bool surrogates)
    {
        switch (element.ValueKind)
        {
            case JsonValueKind.Object:
                var map = new JsonObject();
                foreach (var property in element.EnumerateObject())
                {
                    // A key with a lone surrogate names no field: it is left out rather than failing the request.
                    if (TryGetName(property, out var name))
                    {
                        map[name] = ToNode(property.Value, surrogates);
                    }
                }
                return map;
            case JsonValueKind.Array:
                var list = new JsonArray();
                foreach (var item in element.EnumerateArray())
                {
                    list.Add(ToNode(item, surrogates));
                }
                return list;
            case JsonValueKind.Null:
                return null;
            case JsonValueKind.String when surrogates:
                return JsonValue.Create(Unescape(element.GetRawText()));
            default:
                return JsonValue.Create(element);
        }
    }

    private static bool TryGetName(JsonProperty property, out string name)
    {
        try
        {
            name = property.Name;
            return true;
        }
        catch (InvalidOperationException)
        {
            name = string.Empty;
            return false;
        }
    }

    /// <summary>Whether the body has a <c>\u</c> escape of a UTF-16 surrogate.</summary>
    private static bool HasSurrogateEscape(ReadOnlySpan<byte> body)
    {
        for (var i = 0; i + 3 < body.Length; i++)
        {
            if (body[i] == '\\' && body[i + 1] == 'u' && body[i + 2] is (byte)'d' or (byte)'D'
                && body[i + 3] is (>= (byte)'8' and <= (byte)'9') or (>= (byte)'a' and <= (byte)'f') or (>= (byte)'A' and <= (byte)'F'))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>Decodes a JSON string literal (quotes included) as Python does, keeping lone surrogates.</summary>
    private static string Unescape(string literal)
    {
        var text = new StringBuilder(literal.Length);
        for (var i = 1; i < literal.Length - 1; i++)
        {
            var c = literal[i];
            if (c != '\\')
            {
                text.Append(c);
                continue;
            }
            var escape = literal[++i];
            switch (escape)
            {
                case 'b':
                    text.Append('\b');
                    break;
                case 'f':
                    text.Append('\f');
                    break;
                case 'n':
                    text.Append('\n');
                    break;
                case 'r':
                    text.Append('\r');
                    break;
                case 't':
                    text.Append('\t');
                    break;
                case 'u':
                    text.Append((char)Convert.ToUInt16(literal.Substring(i + 1, 4), 16));
                    i += 4;
                    break;
                default:
                    text.Append(escape);
                    break;
            }
        }
        return text.ToString();
    }
}
