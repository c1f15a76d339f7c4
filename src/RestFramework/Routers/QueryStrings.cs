// Provides DRF's replace_query_param: set one query parameter of a URL, the parameters sorted as Python's urlencode(sorted(...)).
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Extensions.Primitives;

namespace RestFramework.Routers;

/// <summary>Query string edits of URLs, as DRF's <c>rest_framework.utils.urls</c>.</summary>
internal static class QueryStrings
{
    /// <summary>Replaces (or adds) <paramref name="key"/> in the query of <paramref name="url"/>, keeping the other parameters, sorted by key.</summary>
    public static string Replace(string url, string key, string value)
    {
        var fragmentAt = url.IndexOf('#', StringComparison.Ordinal);
        var fragment = fragmentAt < 0 ? string.Empty : url[fragmentAt..];
        var withoutFragment = fragmentAt < 0 ? url : url[..fragmentAt];
        var queryAt = withoutFragment.IndexOf('?', StringComparison.Ordinal);
        var path = queryAt < 0 ? withoutFragment : withoutFragment[..queryAt];
        var query = queryAt < 0 ? new Dictionary<string, StringValues>() : QueryHelpers.ParseQuery(withoutFragment[queryAt..]);
        query[key] = value;
        var pairs = query.OrderBy(p => p.Key, StringComparer.Ordinal)
            .SelectMany(p => p.Value.Select(v => $"{Quote(p.Key)}={Quote(v ?? string.Empty)}"));
        return $"{path}?{string.Join('&', pairs)}{fragment}";
    }

    // Python's quote_plus: spaces as '+', everything but unreserved characters percent-encoded.
    private static string Quote(string value) => Uri.EscapeDataString(value).Replace("%20", "+", StringComparison.Ordinal);
}
