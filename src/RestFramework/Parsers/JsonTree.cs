// Provides the conversion of a parsed JSON document into the JsonNode tree of Request.Data, with Python's json semantics.
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace RestFramework.Parsers;

/// <summary>Builds <c>Request.Data</c> from a parsed document as Python's <c>json.loads</c> builds its value: a repeated key keeps
/// its first position and its last value; a lone surrogate escape stays in its string.</summary>
internal static class JsonTree
{
    /// <summary>The tree of <paramref name="root"/>, parsed from <paramref name="body"/>.</summary>
    public static JsonNode? From(JsonElement root, ReadOnlySpan<byte> body) => ToNode(root, HasSurrogateEscape(body));

    /// <param name="element">The parsed value.</param>
    /// <param name="surrogates">Whether the body escapes a surrogate (<c>\uD800</c> to <c>\uDFFF</c>): strings are then read
    /// one by one, so that a lone surrogate reaches the fields (Python keeps it; CharField then rejects it) instead of failing.</param>
    private static JsonNode? ToNode(JsonElement element, bool surrogates)
    {
        switch (element.ValueKind)
        {
            case JsonValueKind.Object:
                var map = new JsonObject();
                foreach (var property in element.EnumerateObject())
                {
                    // A key with a lone surrogate names no field: it is left out rather than failing the request.
                    if (TryGetName(property, out var name))
                    {
                        map[name] = ToNode(property.Value, surrogates);
                    }
                }
                return map;
            case JsonValueKind.Array:
                var list = new JsonArray();
                foreach (var item in element.EnumerateArray())
                {
                    list.Add(ToNode(item, surrogates));
                }
                return list;
            case JsonValueKind.Null:
                return null;
            case JsonValueKind.String when surrogates:
                return JsonValue.Create(Unescape(element.GetRawText()));
            default:
                return JsonValue.Create(element);
        }
    }

    private static bool TryGetName(JsonProperty property, out string name)
    {
        try
        {
            name = property.Name;
            return true;
        }
        catch (InvalidOperationException)
        {
            name = string.Empty;
            return false;
        }
    }

    /// <summary>Whether the body has a <c>\u</c> escape of a UTF-16 surrogate.</summary>
    private static bool HasSurrogateEscape(ReadOnlySpan<byte> body)
    {
        for (var i = 0; i + 3 < body.Length; i++)
        {
            if (body[i] == '\\' && body[i + 1] == 'u' && body[i + 2] is (byte)'d' or (byte)'D'
                && body[i + 3] is (>= (byte)'8' and <= (byte)'9') or (>= (byte)'a' and <= (byte)'f') or (>= (byte)'A' and <= (byte)'F'))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>Decodes a JSON string literal (quotes included) as Python does, keeping lone surrogates.</summary>
    private static string Unescape(string literal)
    {
        var text = new StringBuilder(literal.Length);
        for (var i = 1; i < literal.Length - 1; i++)
        {
            var c = literal[i];
            if (c != '\\')
            {
                text.Append(c);
                continue;
            }
            var escape = literal[++i];
            switch (escape)
            {
                case 'b':
                    text.Append('\b');
                    break;
                case 'f':
                    text.Append('\f');
                    break;
                case 'n':
                    text.Append('\n');
                    break;
                case 'r':
                    text.Append('\r');
                    break;
                case 't':
                    text.Append('\t');
                    break;
                case 'u':
                    text.Append((char)Convert.ToUInt16(literal.Substring(i + 1, 4), 16));
                    i += 4;
                    break;
                default:
                    text.Append(escape);
                    break;
            }
        }
        return text.ToString();
    }
}
