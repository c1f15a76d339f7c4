// Provides the response cache policy of the bank (topics and questions), off unless Cache:Seconds is set.
using RestFramework.Caching;

namespace InterviewPrep.Views;

/// <summary>
/// The cache of the topics and questions viewsets: <c>Cache:Seconds</c> (0, the default, caches nothing, as the DRF reference).
/// One resource key for both, so a write to either invalidates both (questions render their topic). With Redis configured the
/// entries and invalidations are shared by every instance.
/// </summary>
public sealed class BankCache(int seconds)
{
    /// <summary>The policy of both viewsets, or null when caching is off.</summary>
    public ResponseCachePolicy? Policy { get; } = seconds > 0 ? new ResponseCachePolicy(seconds, Public: true, ResourceKey: "bank") : null;
}
