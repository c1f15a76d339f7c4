// Provides Django's parse_header for the header lines of a multipart part: a lower-cased name, a value and parameters.
using System.Text;

namespace RestFramework.Parsers;

/// <summary>Reads <c>Name: value; key="quoted"; key*=UTF-8''percent%20encoded</c> as Django's <c>multipartparser.parse_header</c>.</summary>
internal static class HeaderLine
{
    /// <summary>Parses one line (its bytes as ISO-8859-1 characters); false when it has no colon or a non-ASCII name.</summary>
    public static bool TryParse(string line, out string name, out string value, out Dictionary<string, HeaderParameter> parameters)
    {
        parameters = new Dictionary<string, HeaderParameter>(StringComparer.Ordinal);
        var parts = SplitParameters(line);
        var main = parts[0].ToLowerInvariant();
        var colon = main.IndexOf(':');
        name = value = string.Empty;
        if (colon < 0 || !IsAscii(main))
        {
            return false;
        }
        name = main[..colon];
        // The value keeps its case: Django lower-cases the whole main part, so this is only used for names and
        // case-insensitive values (content types, transfer encodings).
        value = main[(colon + 1)..];
        for (var i = 1; i < parts.Count; i++)
        {
            var part = parts[i];
            var equals = part.IndexOf('=');
            if (equals < 0)
            {
                continue;
            }
            var key = part[..equals].Trim().ToLowerInvariant();
            if (!IsAscii(key))
            {
                return false;
            }
            var encoded = false;
            if (key.EndsWith('*'))
            {
                key = key[..^1];
                encoded = part.Count(c => c == '\'') == 2;
            }
            var raw = part[(equals + 1)..].Trim();
            if (raw.Length >= 2 && raw[0] == '"' && raw[^1] == '"')
            {
                raw = raw[1..^1].Replace("\\\\", "\\").Replace("\\\"", "\"");
            }
            if (encoded)
            {
                var pieces = raw.Split('\'');
                var charset = Charset.Resolve(pieces[0]);
                parameters[key] = new HeaderParameter(null, Unescape(pieces[2], charset));
            }
            else
            {
                parameters[key] = new HeaderParameter(Encoding.Latin1.GetBytes(raw), null);
            }
        }
        return true;
    }

    /// <summary>Django's <c>_parse_header_params</c>: split at semicolons outside double quotes, each part trimmed.</summary>
    private static List<string> SplitParameters(string line)
    {
        var list = new List<string>();
        var s = ";" + line;
        while (s.Length > 0 && s[0] == ';')
        {
            s = s[1..];
            var end = s.IndexOf(';');
            while (end > 0 && s[..end].Count(c => c == '"') % 2 == 1)
            {
                end = s.IndexOf(';', end + 1);
            }
            if (end < 0)
            {
                end = s.Length;
            }
            list.Add(s[..end].Trim());
            s = s[end..];
        }
        return list;
    }

    /// <summary>Python's <c>urllib.parse.unquote(value, encoding)</c> of an RFC 2231 value.</summary>
    private static string Unescape(string value, Charset charset)
    {
        var bytes = new List<byte>();
        var result = new StringBuilder();
        for (var i = 0; i < value.Length; i++)
        {
            if (value[i] == '%' && i + 2 < value.Length && Uri.IsHexDigit(value[i + 1]) && Uri.IsHexDigit(value[i + 2]))
            {
                bytes.Add(Convert.ToByte(value.Substring(i + 1, 2), 16));
                i += 2;
                continue;
            }
            Flush();
            result.Append(value[i]);
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

    private static bool IsAscii(string text) => text.All(char.IsAscii);
}
