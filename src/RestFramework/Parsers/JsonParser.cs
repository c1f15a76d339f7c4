// Provides the JSON body parser.
using System.Text;
using System.Text.Json;
using RestFramework.Exceptions;

namespace RestFramework.Parsers;

/// <summary>Parses <c>application/json</c> bodies as Python's <c>json</c> does: the charset decodes the bytes strictly, a repeated
/// key keeps its first position and its last value; malformed JSON, and JSON nested deeper than <see cref="PythonMaxDepth"/>, gives
/// 400 <c>JSON parse error - ...</c>.</summary>
public sealed class JsonParser : IParser
{
    /// <summary>The deepest nesting read: what Python's <c>json</c> reads inside a gunicorn worker of DRF 3.14 before its recursion
    /// limit (measured: 952 nested arrays parse, 953 raise <c>RecursionError</c>, which DRF answers with a 500; here it is a 400).</summary>
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
            // Nesting beyond PythonMaxDepth fails here too: a client's error, not a server's.
            throw new ParseError($"JSON parse error - {ex.Message}");
        }
        catch (DecoderFallbackException ex)
        {
            throw new ParseError($"JSON parse error - {ex.Message}");
        }
    }
}
