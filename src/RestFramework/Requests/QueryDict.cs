// Provides Django's QueryDict for the query string: names compared exactly, values decoded as parse_qsl does.
using System.Collections;
using System.Diagnostics.CodeAnalysis;
using System.Text;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Primitives;

namespace RestFramework.Requests;

/// <summary>
/// The query parameters as Django reads them: pairs split on <c>&amp;</c> only, <c>+</c> as a space, percent escapes decoded
/// as UTF-8 with invalid bytes replaced by U+FFFD, invalid escapes kept, and names case-sensitive.
/// </summary>
internal sealed class QueryDict : IQueryCollection
{
    private static readonly Encoding Utf8 = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: false);
    private readonly Dictionary<string, StringValues> _values;

    private QueryDict(Dictionary<string, StringValues> values) => _values = values;

    /// <summary>An empty query.</summary>
    public static QueryDict Empty { get; } = new(new Dictionary<string, StringValues>(StringComparer.Ordinal));

    /// <summary>Parses <paramref name="query"/>, with or without its leading <c>?</c>.</summary>
    public static QueryDict Parse(string? query)
    {
        if (string.IsNullOrEmpty(query) || query == "?")
        {
            return Empty;
        }
        var values = new Dictionary<string, StringValues>(StringComparer.Ordinal);
        foreach (var pair in query.AsSpan(query[0] == '?' ? 1 : 0).Split('&'))
        {
            var text = query.AsSpan(query[0] == '?' ? 1 : 0)[pair];
            if (text.IsEmpty)
            {
                continue;
            }
            var equals = text.IndexOf('=');
            var name = Unquote(equals < 0 ? text : text[..equals]);
            var value = equals < 0 ? string.Empty : Unquote(text[(equals + 1)..]);
            values[name] = values.TryGetValue(name, out var existing) ? StringValues.Concat(existing, value) : new StringValues(value);
        }
        return new(values);
    }

    /// <inheritdoc />
    public StringValues this[string key] => _values.TryGetValue(key, out var value) ? value : StringValues.Empty;

    /// <inheritdoc />
    public int Count => _values.Count;

    /// <inheritdoc />
    public ICollection<string> Keys => _values.Keys;

    /// <inheritdoc />
    public bool ContainsKey(string key) => _values.ContainsKey(key);

    /// <inheritdoc />
    public bool TryGetValue(string key, [NotNullWhen(true)] out StringValues value) => _values.TryGetValue(key, out value);

    /// <inheritdoc />
    public IEnumerator<KeyValuePair<string, StringValues>> GetEnumerator() => _values.GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    /// <summary>Python's <c>unquote(text.replace('+', ' '), errors='replace')</c>.</summary>
    public static string Unquote(ReadOnlySpan<char> text)
    {
        if (text.IndexOfAny('%', '+') < 0)
        {
            return text.ToString();
        }
        if (text.IndexOf('%') < 0)
        {
            return text.ToString().Replace('+', ' ');
        }
        var bytes = new List<byte>(text.Length);
        Span<byte> encoded = stackalloc byte[4];
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c == '%' && i + 2 < text.Length && char.IsAsciiHexDigit(text[i + 1]) && char.IsAsciiHexDigit(text[i + 2]))
            {
                bytes.Add((byte)((HexValue(text[i + 1]) << 4) | HexValue(text[i + 2])));
                i += 2;
            }
            else if (c < 128)
            {
                bytes.Add(c == '+' ? (byte)' ' : (byte)c);
            }
            else
            {
                var length = Utf8.GetBytes(text.Slice(i, char.IsHighSurrogate(c) && i + 1 < text.Length ? 2 : 1), encoded);
                for (var j = 0; j < length; j++)
                {
                    bytes.Add(encoded[j]);
                }
                i += char.IsHighSurrogate(c) && i + 1 < text.Length ? 1 : 0;
            }
        }
        return Utf8.GetString(bytes.ToArray());
    }

    private static int HexValue(char c) => c <= '9' ? c - '0' : (c | 0x20) - 'a' + 10;
}
