// Provides the JSON body parser.
using System.Text;
using System.Text.Json;
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
            return new ParsedBody(JsonTree.From(root, body.Span), null, ParsedBody.NoFiles);
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
}
