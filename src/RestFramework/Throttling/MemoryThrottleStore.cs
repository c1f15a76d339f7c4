// Provides the in-memory throttle store: one lock per key, expired keys swept as the store is used.
using System.Collections.Concurrent;

namespace RestFramework.Throttling;

/// <summary>The default <see cref="IThrottleStore"/>: thread-safe and atomic per key, local to this process.</summary>
/// <remarks>Use <c>RestFramework.Redis</c> when several instances must share one limit.</remarks>
public sealed class MemoryThrottleStore : IThrottleStore
{
    private const int SweepEvery = 4096;

    private readonly ConcurrentDictionary<string, History> _histories = new(StringComparer.Ordinal);
    private int _checks;

    /// <summary>The number of keys held; expired keys are swept periodically.</summary>
    public int Count => _histories.Count;

    /// <inheritdoc />
    public ValueTask<ThrottleCheck> CheckAsync(string key, int numRequests, int duration, double now, CancellationToken cancellationToken = default)
    {
        if (Interlocked.Increment(ref _checks) % SweepEvery == 0)
        {
            Sweep(now);
        }
        while (true)
        {
            var history = _histories.GetOrAdd(key, static _ => new History());
            lock (history)
            {
                if (history.Removed)
                {
                    continue;
                }
                return ValueTask.FromResult(history.Check(numRequests, duration, now));
            }
        }
    }

    /// <summary>Removes the keys whose every entry has left its window.</summary>
    /// <param name="now">The current time, in Unix seconds.</param>
    public void Sweep(double now)
    {
        foreach (var pair in _histories)
        {
            lock (pair.Value)
            {
                if (pair.Value.IsExpired(now))
                {
                    pair.Value.Removed = true;
                    _histories.TryRemove(pair);
                }
            }
        }
    }

    private sealed class History
    {
        private readonly Queue<double> _entries = new();
        private int _duration;

        public bool Removed { get; set; }

        public bool IsExpired(double now) => !_entries.TryPeek(out _) || LastEntry <= now - _duration;

        private double LastEntry { get; set; }

        public ThrottleCheck Check(int numRequests, int duration, double now)
        {
            _duration = duration;
            while (_entries.TryPeek(out var oldest) && oldest <= now - duration)
            {
                _entries.Dequeue();
            }
            if (_entries.Count >= numRequests)
            {
                return new ThrottleCheck(false, _entries.Count, _entries.TryPeek(out var first) ? first : null);
            }
            _entries.Enqueue(now);
            LastEntry = now;
            return new ThrottleCheck(true, _entries.Count, _entries.Peek());
        }
    }
}
