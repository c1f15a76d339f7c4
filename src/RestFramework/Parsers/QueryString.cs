// Provides Django's QueryDict parsing of a URL-encoded body (Python's parse_qsl with keep_blank_values and a charset).
using System.Text;
using Microsoft.Extensions.Primitives;
using RestFramework.Requests;

namespace RestFramework.Parsers;

/// <summary>Splits <c>a=1&amp;b=2</c> pairs and unquotes them with the body's charset.</summary>
internal static class QueryString
{
    public static Dictionary<string, StringValues> Parse(ReadOnlySpan<byte> body, Charset charset)
    {
        string text;
        try
        {
            text = charset.DecodeStrict(body);
        }
        catch (DecoderFallbackException)
        {
            // Django: "some user agents are misbehaving", so ISO-8859-1.
            text = Encoding.Latin1.GetString(body);
        }
        return QueryDict.ParsePairs(text, charset);
    }
}
