// Provides Django's QueryDict for the query string: names compared exactly, values decoded as parse_qsl does.
using System.Collections;
using System.Diagnostics.CodeAnalysis;
using System.Runtime.InteropServices;
using System.Text;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Primitives;
using RestFramework.Parsers;

namespace RestFramework.Requests;

/// <summary>
/// The query parameters as Django reads them: pairs split on <c>&amp;</c> only, <c>+</c> as a space, percent escapes decoded
/// as UTF-8 with invalid bytes replaced by U+FFFD, invalid escapes kept, and names case-sensitive.
/// </summary>
internal sealed class QueryDict : IQueryCollection
{
    private readonly Dictionary<string, StringValues> _values;

    private QueryDict(Dictionary<string, StringValues> values) => _values = values;

    /// <summary>An empty query.</summary>
    public static QueryDict Empty { get; } = new(new Dictionary<string, StringValues>(StringComparer.Ordinal));

    /// <summary>Parses <paramref name="query"/>, with or without its leading <c>?</c>, as UTF-8.</summary>
    public static QueryDict Parse(string? query) =>
        string.IsNullOrEmpty(query) || query == "?" ? Empty : new(ParsePairs(query.AsSpan(query[0] == '?' ? 1 : 0), Charset.Utf8));

    /// <summary>Django's <c>QueryDict</c> pairs of <paramref name="text"/> (<c>parse_qsl</c> with blank values kept), each name and value unquoted with <paramref name="charset"/>.</summary>
    public static Dictionary<string, StringValues> ParsePairs(ReadOnlySpan<char> text, Charset charset)
    {
        var values = new Dictionary<string, StringValues>(StringComparer.Ordinal);
        foreach (var range in text.Split('&'))
        {
            var pair = text[range];
            if (pair.IsEmpty)
            {
                continue;
            }
            var equals = pair.IndexOf('=');
            var name = Unquote(equals < 0 ? pair : pair[..equals], charset);
            var value = equals < 0 ? string.Empty : Unquote(pair[(equals + 1)..], charset);
            values[name] = values.TryGetValue(name, out var existing) ? StringValues.Concat(existing, value) : new StringValues(value);
        }
        return values;
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

    /// <summary>Python's <c>unquote_plus(text, encoding, errors='replace')</c>: each run of percent escapes and ASCII is decoded to bytes, then with <paramref name="charset"/>; other characters stay.</summary>
    public static string Unquote(ReadOnlySpan<char> text, Charset charset)
    {
        if (text.IndexOfAny('%', '+') < 0)
        {
            return text.ToString();
        }
        if (text.IndexOf('%') < 0)
        {
            return text.ToString().Replace('+', ' ');
        }
        var result = new StringBuilder(text.Length);
        var bytes = new List<byte>(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c > 0x7F)
            {
                Flush();
                result.Append(c);
            }
            else if (c == '%' && i + 2 < text.Length && char.IsAsciiHexDigit(text[i + 1]) && char.IsAsciiHexDigit(text[i + 2]))
            {
                bytes.Add((byte)((HexValue(text[i + 1]) << 4) | HexValue(text[i + 2])));
                i += 2;
            }
            else
            {
                bytes.Add(c == '+' ? (byte)' ' : (byte)c);
            }
        }
        Flush();
        return result.ToString();

        void Flush()
        {
            if (bytes.Count > 0)
            {
                result.Append(charset.DecodeLenient(CollectionsMarshal.AsSpan(bytes)));
                bytes.Clear();
            }
        }
    }

    /// <summary><see cref="Unquote(ReadOnlySpan{char}, Charset)"/> in UTF-8, as URLs are read.</summary>
    public static string Unquote(ReadOnlySpan<char> text) => Unquote(text, Charset.Utf8);

    private static int HexValue(char c) => c <= '9' ? c - '0' : (c | 0x20) - 'a' + 10;
}
