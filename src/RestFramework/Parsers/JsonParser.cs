// Provides the JSON body parser.
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using RestFramework.Exceptions;

namespace RestFramework.Parsers;

/// <summary>Parses <c>application/json</c> bodies; malformed JSON gives 400 <c>JSON parse error - ...</c>.</summary>
public sealed class JsonParser : IParser
{
    private static readonly JsonDocumentOptions DocumentOptions = new() { MaxDepth = 512 };

    /// <inheritdoc />
    public string MediaType => "application/json";

    /// <inheritdoc />
    public ParsedBody Parse(ReadOnlyMemory<byte> body, ParserContext context)
    {
        var encoding = context.Encoding;
        if (encoding.CodePage != Encoding.UTF8.CodePage)
        {
            body = Encoding.UTF8.GetBytes(encoding.GetString(body.Span));
        }
        try
        {
            var data = JsonNode.Parse(body.Span, documentOptions: DocumentOptions);
            return new ParsedBody(data, null, ParsedBody.NoFiles);
        }
        catch (JsonException ex)
        {
            throw new ParseError($"JSON parse error - {ex.Message}");
        }
    }
}
