// Provides the URL-encoded form body parser.
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Primitives;

namespace RestFramework.Parsers;

/// <summary>Parses <c>application/x-www-form-urlencoded</c> bodies into DRF's QueryDict shape, as Django's <c>QueryDict</c>:
/// the charset decodes percent-escapes (invalid bytes become U+FFFD), blank values are kept.</summary>
public sealed class FormParser : IParser
{
    /// <inheritdoc />
    public string MediaType => "application/x-www-form-urlencoded";

    /// <inheritdoc />
    public ParsedBody Parse(ReadOnlyMemory<byte> body, ParserContext context)
    {
        var fields = QueryString.Parse(body.Span, context.Charset);
        var form = new FormCollection(fields);
        return new ParsedBody(FormData.ToJson(form, null), form, ParsedBody.NoFiles);
    }
}
