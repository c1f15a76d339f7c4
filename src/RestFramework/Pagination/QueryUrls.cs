// Provides DRF's replace_query_param and remove_query_param: query strings re-encoded and sorted by key.
using System.Text;

namespace RestFramework.Pagination;

/// <summary>Rewrites the query of a URL as Python's <c>urlencode(sorted(parse_qs(query).items()), doseq=True)</c> does.</summary>
internal static class QueryUrls
{
    /// <summary>Sets <paramref name="key"/> to <paramref name="value"/>, replacing every earlier value.</summary>
    public static string Replace(string url, string key, string value) => Rewrite(url, key, value);

    /// <summary>Removes every value of <paramref name="key"/>.</summary>
    public static string Remove(string url, string key) => Rewrite(url, key, null);

    private static string Rewrite(string url, string key, string? value)
    {
        var fragmentAt = url.IndexOf('#', StringComparison.Ordinal);
        var fragment = fragmentAt < 0 ? string.Empty : url[fragmentAt..];
        var rest = fragmentAt < 0 ? url : url[..fragmentAt];
        var queryAt = rest.IndexOf('?', StringComparison.Ordinal);
        var path = queryAt < 0 ? rest : rest[..queryAt];
        var query = queryAt < 0 ? string.Empty : rest[(queryAt + 1)..];

        var values = new SortedDictionary<string, List<string>>(StringComparer.Ordinal);
        foreach (var pair in query.Split('&', StringSplitOptions.RemoveEmptyEntries))
        {
            var equals = pair.IndexOf('=', StringComparison.Ordinal);
            var name = Unquote(equals < 0 ? pair : pair[..equals]);
            var item = equals < 0 ? string.Empty : Unquote(pair[(equals + 1)..]);
            if (!values.TryGetValue(name, out var list))
            {
                values[name] = list = [];
            }
            list.Add(item);
        }
        values.Remove(key);
        if (value is not null)
        {
            values[key] = [value];
        }

        var builder = new StringBuilder(path);
        var first = true;
        foreach (var (name, list) in values)
        {
            foreach (var item in list)
            {
                builder.Append(first ? '?' : '&');
                first = false;
                Quote(builder, name);
                builder.Append('=');
                Quote(builder, item);
            }
        }
        return builder.Append(fragment).ToString();
    }

    /// <summary>Percent-encodes <paramref name="text"/> as Python's <c>quote_plus</c>.</summary>
    public static string Quote(string text)
    {
        var builder = new StringBuilder(text.Length);
        Quote(builder, text);
        return builder.ToString();
    }

    private static string Unquote(string text) => Requests.QueryDict.Unquote(text);

    private static void Quote(StringBuilder builder, string text)
    {
        Span<byte> bytes = stackalloc byte[4];
        foreach (var rune in text.EnumerateRunes())
        {
            if (rune.IsAscii && (char.IsAsciiLetterOrDigit((char)rune.Value) || rune.Value is '_' or '.' or '-' or '~'))
            {
                builder.Append((char)rune.Value);
            }
            else if (rune.Value == ' ')
            {
                builder.Append('+');
            }
            else
            {
                var length = rune.EncodeToUtf8(bytes);
                for (var i = 0; i < length; i++)
                {
                    builder.Append('%').Append(bytes[i].ToString("X2", System.Globalization.CultureInfo.InvariantCulture));
                }
            }
        }
    }
}
