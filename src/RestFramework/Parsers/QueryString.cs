// Provides Django's QueryDict parsing of a URL-encoded body (Python's parse_qsl with keep_blank_values and a charset).
using System.Text;
using Microsoft.Extensions.Primitives;

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
        var fields = new Dictionary<string, StringValues>(StringComparer.Ordinal);
        foreach (var pair in text.Split('&'))
        {
            if (pair.Length == 0)
            {
                continue;
            }
            var equals = pair.IndexOf('=');
            var name = Unquote(equals < 0 ? pair : pair[..equals], charset);
            var value = equals < 0 ? string.Empty : Unquote(pair[(equals + 1)..], charset);
            fields[name] = fields.TryGetValue(name, out var existing) ? StringValues.Concat(existing, value) : new StringValues(value);
        }
        return fields;
    }

    /// <summary>Python's <c>unquote_plus(errors='replace')</c>: each ASCII run is percent-decoded to bytes, then decoded with the charset.</summary>
    private static string Unquote(string part, Charset charset)
    {
        part = part.Replace('+', ' ');
        if (!part.Contains('%'))
        {
            return part;
        }
        var result = new StringBuilder(part.Length);
        var bytes = new List<byte>();
        for (var i = 0; i < part.Length; i++)
        {
            var c = part[i];
            if (c > 0x7F)
            {
                Flush();
                result.Append(c);
            }
            else if (c == '%' && i + 2 < part.Length && Uri.IsHexDigit(part[i + 1]) && Uri.IsHexDigit(part[i + 2]))
            {
                bytes.Add(Convert.ToByte(part.Substring(i + 1, 2), 16));
                i += 2;
            }
            else
            {
                bytes.Add((byte)c);
            }
        }
        Flush();
        return result.ToString();

        void Flush()
        {
            if (bytes.Count > 0)
            {
                result.Append(charset.DecodeLenient(bytes.ToArray()));
                bytes.Clear();
            }
        }
    }
}
