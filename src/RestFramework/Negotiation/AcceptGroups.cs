// Provides the parsed Accept header grouped by specificity, cached per distinct header value.
using System.Collections.Concurrent;

namespace RestFramework.Negotiation;

/// <summary>The entries of an <c>Accept</c> header, most specific group first, as DRF's <c>order_by_precedence</c>.</summary>
internal static class AcceptGroups
{
    private const int MaxCached = 256;
    private static readonly ConcurrentDictionary<string, IReadOnlyList<IReadOnlyList<MediaType>>> Cache = new(StringComparer.Ordinal);

    public static IReadOnlyList<IReadOnlyList<MediaType>> For(string accept)
    {
        if (Cache.TryGetValue(accept, out var groups))
        {
            return groups;
        }
        groups = Build(accept);
        if (Cache.Count < MaxCached)
        {
            Cache.TryAdd(accept, groups);
        }
        return groups;
    }

    private static IReadOnlyList<IReadOnlyList<MediaType>> Build(string accept)
    {
        var byPrecedence = new List<MediaType>?[4];
        foreach (var token in accept.Split(','))
        {
            var mediaType = MediaType.Parse(token.Trim());
            (byPrecedence[3 - mediaType.Precedence] ??= []).Add(mediaType);
        }
        return byPrecedence.Where(g => g is not null).Select(g => (IReadOnlyList<MediaType>)g!).ToList();
    }
}
