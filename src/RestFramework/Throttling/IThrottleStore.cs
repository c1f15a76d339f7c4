// Provides the storage of throttle histories: an atomic sliding-log check per key, in memory or shared (Redis).
namespace RestFramework.Throttling;

/// <summary>Keeps the request history of each throttle key and applies DRF's sliding-log check atomically per key.</summary>
/// <remarks>
/// A check drops the entries at or before <c>now - duration</c>; if <c>numRequests</c> remain the request is refused and
/// nothing is recorded, otherwise <c>now</c> is recorded. The default store is in memory; <c>RestFramework.Redis</c> shares one across instances.
/// </remarks>
public interface IThrottleStore
{
    /// <summary>Checks the history of <paramref name="key"/> and records the request when it is allowed.</summary>
    /// <param name="key">The cache key, <c>throttle_{scope}_{ident}</c>.</param>
    /// <param name="numRequests">The requests allowed per window.</param>
    /// <param name="duration">The window, in seconds.</param>
    /// <param name="now">The current time, in seconds since the Unix epoch.</param>
    /// <param name="cancellationToken">Cancels the check.</param>
    /// <returns>Whether the request is allowed, the history length and its oldest entry.</returns>
    ValueTask<ThrottleCheck> CheckAsync(string key, int numRequests, int duration, double now, CancellationToken cancellationToken = default);
}
