// Provides Django's APPEND_SLASH behaviour for mapped views: a missing trailing slash redirects, an extra one is not found.
using System.Globalization;
using System.Text;
using Microsoft.AspNetCore.Http;
using RestFramework.Settings;

namespace RestFramework.Views;

/// <summary>Answers requests whose path does not fit the route as Django matches it (trailing slash, case, dot segments), before any view is built.</summary>
internal static class TrailingSlash
{
    /// <summary>Whether a route pattern's path ends with a slash: the empty pattern is the root, <c>/</c>, as Django's <c>path("", ...)</c>.</summary>
    public static bool Of(string pattern) => pattern.Length == 0 || pattern.EndsWith('/');

    /// <summary>True when the request was answered here: 301 to the path with a slash, or 404 for a slash the route does not have.</summary>
    public static bool TryAnswer(HttpContext context, bool routeHasSlash, RestFrameworkOptions settings)
    {
        var path = context.Request.Path.Value ?? string.Empty;
        if (!PathMatch.Fits(context))
        {
            context.Response.StatusCode = StatusCodes.Status404NotFound;
            return true;
        }
        if (routeHasSlash == path.EndsWith('/') || HasFormatSuffix(context, settings))
        {
            return false;
        }
        if (!routeHasSlash || HasEncodedSlash(context))
        {
            context.Response.StatusCode = StatusCodes.Status404NotFound;
            return true;
        }
        // Django's APPEND_SLASH: a permanent redirect to the same path with a slash.
        context.Response.StatusCode = StatusCodes.Status301MovedPermanently;
        // get_full_path(force_append_slash=True): the path escaped as escape_uri_path(), the query string by iri_to_uri().
        var location = Quote(context.Request.PathBase.Value + path + "/", PathSafe);
        if (location.StartsWith("//", StringComparison.Ordinal))
        {
            location = "/%2F" + location[2..];
        }
        var query = context.Request.QueryString.Value;
        context.Response.Headers.Location = query is { Length: > 1 } ? location + "?" + Quote(query[1..], QuerySafe) : location;
        context.Response.ContentType = "text/html; charset=utf-8";
        context.Response.ContentLength = 0;
        return true;
    }

    private const string PathSafe = "/:@&+$,-_.!~*'()";
    private const string QuerySafe = "/#%[]=:;$&()+,!?*@'~";

    // Python's urllib.parse.quote(text, safe): UTF-8 bytes other than letters, digits, "_.-~" and the safe ones as %XX.
    private static string Quote(string text, string safe)
    {
        var builder = new StringBuilder(text.Length + 8);
        foreach (var b in Encoding.UTF8.GetBytes(text))
        {
            var c = (char)b;
            if (char.IsAsciiLetterOrDigit(c) || c is '_' or '.' or '-' or '~' || (b < 128 && safe.Contains(c, StringComparison.Ordinal)))
            {
                builder.Append(c);
            }
            else
            {
                builder.Append('%').Append(b.ToString("X2", CultureInfo.InvariantCulture));
            }
        }
        return builder.ToString();
    }

    // Django decodes %2F in the path before routing, so such a path matches no route there (404) rather than this one
    // with a slash; Kestrel keeps %2F escaped in the decoded path (an application may decode it before routing, as WSGI does).
    private static bool HasEncodedSlash(HttpContext context) =>
        (context.Request.Path.Value ?? string.Empty).Contains("%2F", StringComparison.OrdinalIgnoreCase);

    private static bool HasFormatSuffix(HttpContext context, RestFrameworkOptions settings) =>
        context.Request.RouteValues.TryGetValue(settings.FormatSuffixKwarg, out var format) && format is string { Length: > 0 };
}
