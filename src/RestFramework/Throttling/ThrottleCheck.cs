// Provides the outcome of one throttle store check, enough to compute DRF's wait().
namespace RestFramework.Throttling;

/// <summary>The outcome of <see cref="IThrottleStore.CheckAsync"/>.</summary>
/// <param name="Allowed">Whether the request was within the rate (and was recorded).</param>
/// <param name="Count">The number of entries in the window after the check.</param>
/// <param name="Oldest">The oldest entry in the window, in Unix seconds, or null when it is empty.</param>
public readonly record struct ThrottleCheck(bool Allowed, int Count, double? Oldest);
