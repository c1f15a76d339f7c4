// Provides the in-memory response cache store, over IMemoryCache, local to this process.
using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using Microsoft.Extensions.Caching.Memory;

namespace RestFramework.Caching;

/// <summary>The default <see cref="IResponseCacheStore"/>: entries in a private <see cref="MemoryCache"/>, generations in a dictionary.</summary>
/// <remarks>Use <c>RestFramework.Redis</c> when several instances must share one cache.</remarks>
public sealed class MemoryResponseCacheStore : IResponseCacheStore, IDisposable
{
    private readonly MemoryCache _cache = new(new MemoryCacheOptions());
    private readonly ConcurrentDictionary<string, StrongBox<long>> _generations = new(StringComparer.Ordinal);

    /// <inheritdoc />
    public ValueTask<byte[]?> GetAsync(string key, CancellationToken cancellationToken = default) =>
        ValueTask.FromResult(_cache.TryGetValue(key, out byte[]? value) ? value : null);

    /// <inheritdoc />
    public ValueTask SetAsync(string key, byte[] value, TimeSpan expiry, CancellationToken cancellationToken = default)
    {
        _cache.Set(key, value, expiry);
        return ValueTask.CompletedTask;
    }

    /// <inheritdoc />
    public ValueTask<long> GetGenerationAsync(string resource, CancellationToken cancellationToken = default) =>
        ValueTask.FromResult(_generations.TryGetValue(resource, out var box) ? Interlocked.Read(ref box.Value) : 0L);

    /// <inheritdoc />
    public ValueTask<long> IncrementGenerationAsync(string resource, CancellationToken cancellationToken = default)
    {
        var box = _generations.GetOrAdd(resource, static _ => new StrongBox<long>());
        return ValueTask.FromResult(Interlocked.Increment(ref box.Value));
    }

    /// <summary>Releases the memory cache.</summary>
    public void Dispose() => _cache.Dispose();
}
