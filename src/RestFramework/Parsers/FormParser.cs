// Provides the URL-encoded form body parser.
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.WebUtilities;

namespace RestFramework.Parsers;

/// <summary>Parses <c>application/x-www-form-urlencoded</c> bodies into DRF's QueryDict shape.</summary>
public sealed class FormParser : IParser
{
    /// <inheritdoc />
    public string MediaType => "application/x-www-form-urlencoded";

    /// <inheritdoc />
    public ParsedBody Parse(ReadOnlyMemory<byte> body, ParserContext context)
    {
        var text = context.Encoding.GetString(body.Span);
        var fields = new FormReader(text).ReadForm();
        var form = new FormCollection(fields);
        return new ParsedBody(FormData.ToJson(form, null), form, ParsedBody.NoFiles);
    }
}
