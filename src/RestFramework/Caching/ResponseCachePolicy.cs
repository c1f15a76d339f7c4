// Provides a view's response caching policy: how long, whether shared between users, and which resource it belongs to.
namespace RestFramework.Caching;

/// <summary>How a view caches its GET and HEAD responses; return one from <c>ApiView.CachePolicy</c>.</summary>
/// <param name="Seconds">How long a 200 response is cached, and the <c>Cache-Control: max-age</c>.</param>
/// <param name="Public">True when the data does not vary by user: one entry serves everyone and <c>Cache-Control</c> says <c>public</c>.</param>
/// <param name="ResourceKey">The resource whose writes invalidate the entries; defaults to a viewset's basename, else the view type.</param>
public sealed record ResponseCachePolicy(int Seconds, bool Public = false, string? ResourceKey = null);
