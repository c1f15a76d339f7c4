// Provides the rate limit of "Redis is unreachable" warnings: at most one per interval.
namespace RestFramework.Redis;

/// <summary>Lets one warning through per <see cref="RedisThrottleOptions.WarningInterval"/>, thread-safely.</summary>
internal sealed class WarningGate(TimeProvider time, TimeSpan interval)
{
    private long _lastTicks = long.MinValue;

    /// <summary>True when a warning may be logged now.</summary>
    public bool Allow()
    {
        var now = time.GetUtcNow().UtcTicks;
        var last = Interlocked.Read(ref _lastTicks);
        if (last != long.MinValue && now - last < interval.Ticks)
        {
            return false;
        }
        return Interlocked.CompareExchange(ref _lastTicks, now, last) == last;
    }
}
