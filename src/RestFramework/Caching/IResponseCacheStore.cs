// Provides the storage of cached responses: bytes with an expiry, and a generation counter per resource.
namespace RestFramework.Caching;

/// <summary>Holds cached responses and the generation of each resource; bumping a generation makes its cached entries unreachable.</summary>
/// <remarks>The default store is in memory (<see cref="MemoryResponseCacheStore"/>); <c>RestFramework.Redis</c> shares one across instances.</remarks>
public interface IResponseCacheStore
{
    /// <summary>The bytes stored under <paramref name="key"/>, or null when absent or expired.</summary>
    /// <param name="key">The cache key.</param>
    /// <param name="cancellationToken">Cancels the lookup.</param>
    /// <returns>The stored bytes, or null.</returns>
    ValueTask<byte[]?> GetAsync(string key, CancellationToken cancellationToken = default);

    /// <summary>Stores <paramref name="value"/> under <paramref name="key"/> for <paramref name="expiry"/>.</summary>
    /// <param name="key">The cache key.</param>
    /// <param name="value">The bytes to store.</param>
    /// <param name="expiry">How long the entry lives.</param>
    /// <param name="cancellationToken">Cancels the write.</param>
    /// <returns>A task that completes when stored.</returns>
    ValueTask SetAsync(string key, byte[] value, TimeSpan expiry, CancellationToken cancellationToken = default);

    /// <summary>The current generation of <paramref name="resource"/> (0 until first incremented).</summary>
    /// <param name="resource">The resource key.</param>
    /// <param name="cancellationToken">Cancels the lookup.</param>
    /// <returns>The generation.</returns>
    ValueTask<long> GetGenerationAsync(string resource, CancellationToken cancellationToken = default);

    /// <summary>Increments the generation of <paramref name="resource"/>, invalidating every entry cached under the previous one.</summary>
    /// <param name="resource">The resource key.</param>
    /// <param name="cancellationToken">Cancels the write.</param>
    /// <returns>The new generation.</returns>
    ValueTask<long> IncrementGenerationAsync(string resource, CancellationToken cancellationToken = default);
}
