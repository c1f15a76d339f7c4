// Provides the rate limit of warnings about a failing dependency (database, Redis): at most one per interval.
namespace RestFramework.Exceptions;

/// <summary>Lets one warning through per interval, thread-safely, so that an outage logs one line a minute rather than one per request.</summary>
/// <param name="time">The clock the interval is measured on.</param>
/// <param name="interval">The shortest time between two warnings.</param>
public sealed class WarningGate(TimeProvider time, TimeSpan interval)
{
    private long _lastTicks = long.MinValue;

    /// <summary>True when a warning may be logged now; the caller that gets true owns the interval that starts now.</summary>
    /// <returns>Whether to log.</returns>
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
