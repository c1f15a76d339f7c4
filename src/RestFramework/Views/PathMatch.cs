// Provides the parts of Django's URL matching that ASP.NET Core routing relaxes: case-sensitive literals, no dot segments.
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Routing;
using Microsoft.AspNetCore.Routing.Patterns;

namespace RestFramework.Views;

/// <summary>
/// Whether a request that ASP.NET Core matched to a view's route would match it in Django too: Django's URL regexes
/// compare literal text case-sensitively and see <c>.</c> and <c>..</c> segments as they were sent (Kestrel removes them).
/// </summary>
internal static class PathMatch
{
    /// <summary>False when Django would find no route for the request (404).</summary>
    public static bool Fits(HttpContext context) => !HasDotSegment(context) && LiteralsMatch(context);

    private static bool HasDotSegment(HttpContext context)
    {
        var target = context.Features.Get<IHttpRequestFeature>()?.RawTarget;
        if (string.IsNullOrEmpty(target) || target[0] != '/')
        {
            return false;
        }
        var path = target.AsSpan();
        var query = path.IndexOf('?');
        path = query < 0 ? path : path[..query];
        foreach (var range in path.Split('/'))
        {
            var segment = path[range];
            if (segment.Length is > 0 and <= 6 && IsDots(segment))
            {
                return true;
            }
        }
        return false;
    }

    // ".", "..", and their %2E spellings.
    private static bool IsDots(ReadOnlySpan<char> segment)
    {
        var dots = 0;
        for (var i = 0; i < segment.Length; i++)
        {
            if (segment[i] == '.')
            {
                dots++;
            }
            else if (segment[i] == '%' && i + 2 < segment.Length && segment[i + 1] == '2' && (segment[i + 2] | 0x20) == 'e')
            {
                dots++;
                i += 2;
            }
            else
            {
                return false;
            }
        }
        return dots is 1 or 2;
    }

    private static bool LiteralsMatch(HttpContext context)
    {
        if (context.GetEndpoint() is not RouteEndpoint { RoutePattern: var pattern })
        {
            return true;
        }
        var path = (context.Request.Path.Value ?? string.Empty).AsSpan().Trim('/');
        var segments = pattern.PathSegments;
        var index = 0;
        foreach (var range in path.Split('/'))
        {
            if (index >= segments.Count)
            {
                return true;
            }
            if (!SegmentMatches(segments[index++], path[range]))
            {
                return false;
            }
        }
        return true;
    }

    private static bool SegmentMatches(RoutePatternPathSegment segment, ReadOnlySpan<char> text)
    {
        var parts = segment.Parts;
        for (var i = 0; i < parts.Count; i++)
        {
            if (parts[i] is not RoutePatternLiteralPart { Content: var literal })
            {
                continue;
            }
            var matches = parts.Count == 1 ? text.SequenceEqual(literal)
                : i == 0 ? text.StartsWith(literal, StringComparison.Ordinal)
                : i == parts.Count - 1 ? text.EndsWith(literal, StringComparison.Ordinal)
                : text.Contains(literal, StringComparison.Ordinal);
            if (!matches)
            {
                return false;
            }
        }
        return true;
    }
}
