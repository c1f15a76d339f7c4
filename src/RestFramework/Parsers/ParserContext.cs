// Provides what a parser may need besides the body: the full content type and its charset.
using System.Text;
using RestFramework.Negotiation;

namespace RestFramework.Parsers;

/// <summary>The context of one parse.</summary>
/// <param name="ContentType">The request's full <c>Content-Type</c> header.</param>
public sealed record ParserContext(string ContentType)
{
    /// <summary>The request's encoding: its <c>charset</c> parameter under Python's codec names (<c>latin-1</c>, <c>utf-16</c>, ...), UTF-8 when absent or unknown; invalid bytes decode to U+FFFD.</summary>
    public Encoding Encoding => Charset.Lenient;

    internal Charset Charset =>
        MediaType.Parse(ContentType).Parameters.TryGetValue("charset", out var charset) ? Charset.Resolve(charset) : Charset.Utf8;
}
