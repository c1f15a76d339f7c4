// Provides what a parser may need besides the body: the full content type and its charset.
using System.Text;
using RestFramework.Negotiation;

namespace RestFramework.Parsers;

/// <summary>The context of one parse.</summary>
/// <param name="ContentType">The request's full <c>Content-Type</c> header.</param>
public sealed record ParserContext(string ContentType)
{
    /// <summary>The request's encoding: its <c>charset</c> parameter, UTF-8 by default.</summary>
    public Encoding Encoding
    {
        get
        {
            if (MediaType.Parse(ContentType).Parameters.TryGetValue("charset", out var charset))
            {
                try
                {
                    return Encoding.GetEncoding(charset);
                }
                catch (ArgumentException)
                {
                    return Encoding.UTF8;
                }
            }
            return Encoding.UTF8;
        }
    }
}
