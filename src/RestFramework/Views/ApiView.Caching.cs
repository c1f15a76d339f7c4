// Provides response caching of safe methods: lookup after the checks, ETag and Cache-Control on 200s, invalidation on writes.
using System.Text;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Net.Http.Headers;
using RestFramework.BrowsableApi;
using RestFramework.Caching;
using RestFramework.Requests;
using RestFramework.Responses;
using RestFramework.ViewSets;

namespace RestFramework.Views;

public abstract partial class ApiView
{
    private string? _cacheKey;
    private CachedResponse? _cacheHit;

    /// <summary>The response caching of this view's GET and HEAD requests, or null (the default) for none.</summary>
    public virtual ResponseCachePolicy? CachePolicy => null;

    /// <summary>The resource whose writes invalidate this view's cached responses: the policy's key, a viewset's basename, or the view type.</summary>
    protected virtual string GetCacheResourceKey(ResponseCachePolicy policy) =>
        policy.ResourceKey ?? (this is IViewSet { Basename: { Length: > 0 } basename } ? basename : GetType().FullName!);

    /// <summary>After the checks: for a cached GET/HEAD, the stored response (a hit) or null (a miss, remembered so the response is stored).</summary>
    /// <remarks>Browsable API pages are never cached: they carry the client's CSRF token.</remarks>
    private async ValueTask<Response?> LookUpCachedResponseAsync(Request request)
    {
        if (CachePolicy is not { Seconds: > 0 } policy || !(HttpMethods.IsGet(request.Method) || HttpMethods.IsHead(request.Method))
            || request.AcceptedRenderer is BrowsableApiRenderer || Services.GetService<IResponseCacheStore>() is not { } store)
        {
            return null;
        }
        var generation = await store.GetGenerationAsync(GetCacheResourceKey(policy), HttpContext.RequestAborted);
        _cacheKey = BuildCacheKey(request, policy, generation);
        if (await store.GetAsync(_cacheKey, HttpContext.RequestAborted) is { } bytes && CachedResponse.FromBytes(bytes) is { } hit)
        {
            _cacheHit = hit;
            var response = new Response(null, hit.Status) { ContentType = hit.ContentType };
            foreach (var (key, value) in hit.Headers)
            {
                response.Headers[key] = value;
            }
            return response;
        }
        return null;
    }

    /// <summary>After a successful write through a cached view, increments its resource's generation.</summary>
    private async ValueTask InvalidateCacheAsync(Request request, Response response)
    {
        if (CachePolicy is { } policy && !IsSafeMethod(request.Method) && response.Status is >= 200 and < 300
            && Services.GetService<IResponseCacheStore>() is { } store)
        {
            await store.IncrementGenerationAsync(GetCacheResourceKey(policy), HttpContext.RequestAborted);
        }
    }

    /// <summary>For a rendered 200 of a cached GET/HEAD: adds ETag and Cache-Control, stores a miss, answers 304 to a matching If-None-Match.</summary>
    /// <returns>True when a 304 was written and the body must not be.</returns>
    private async ValueTask<bool> ApplyCachingAsync(Response response, PooledBufferWriter buffer)
    {
        var http = HttpContext.Response;
        if (_cacheKey is null || http.StatusCode != StatusCodes.Status200OK || CachePolicy is not { } policy)
        {
            return false;
        }
        var body = buffer.WrittenMemory;
        var etag = CachedResponse.ETagOf(body.Span);
        http.Headers.ETag = etag;
        http.Headers.CacheControl = policy.Public ? $"public, max-age={policy.Seconds}" : $"private, max-age={policy.Seconds}";
        if (_cacheHit is null && Services.GetService<IResponseCacheStore>() is { } store)
        {
            var headers = response.HasHeaders ? response.Headers.Select(h => new KeyValuePair<string, string>(h.Key, h.Value.ToString())).ToList() : [];
            var entry = new CachedResponse(response.Status, http.ContentType, headers, body.ToArray());
            await store.SetAsync(_cacheKey, entry.ToBytes(), TimeSpan.FromSeconds(policy.Seconds), HttpContext.RequestAborted);
        }
        if (!MatchesIfNoneMatch(Request.HttpContext.Request.Headers.IfNoneMatch, etag))
        {
            return false;
        }
        http.StatusCode = StatusCodes.Status304NotModified;
        http.ContentType = null;
        http.ContentLength = null;
        return true;
    }

    private static bool MatchesIfNoneMatch(Microsoft.Extensions.Primitives.StringValues ifNoneMatch, string etag)
    {
        foreach (var value in ifNoneMatch)
        {
            foreach (var tag in (value ?? string.Empty).Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
            {
                if (tag == "*" || tag == etag || (tag.StartsWith("W/", StringComparison.Ordinal) && tag[2..] == etag))
                {
                    return true;
                }
            }
        }
        return false;
    }

    private string BuildCacheKey(Request request, ResponseCachePolicy policy, long generation)
    {
        var http = request.HttpContext.Request;
        var key = new StringBuilder("rf:cache:").Append(GetCacheResourceKey(policy)).Append(':').Append(generation).Append(':')
            .Append(http.PathBase.Value).Append(http.Path.Value).Append('?');
        foreach (var pair in http.Query.OrderBy(q => q.Key, StringComparer.Ordinal))
        {
            foreach (var value in pair.Value)
            {
                key.Append(Uri.EscapeDataString(pair.Key)).Append('=').Append(Uri.EscapeDataString(value ?? string.Empty)).Append('&');
            }
        }
        key.Append('|').Append(request.AcceptedMediaType).Append('|').Append(request.Version);
        if (!policy.Public)
        {
            key.Append("|u:").Append(request.User.IsAuthenticated ? request.User.Id?.ToString() : "-");
        }
        return key.ToString();
    }
}
