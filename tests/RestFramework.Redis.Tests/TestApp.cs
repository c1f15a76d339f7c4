using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using RestFramework.Requests;
using RestFramework.Responses;
using RestFramework.Testing;
using RestFramework.Throttling;
using RestFramework.Views;

namespace RestFramework.Redis.Tests;

public sealed class LimitedView : ApiView
{
    public override IReadOnlyList<Type>? ThrottleTypes => [typeof(AnonRateThrottle)];

    protected override ValueTask<Response> GetAsync(Request request) =>
        ValueTask.FromResult(new Response(new Dictionary<string, object?> { ["ok"] = true }));
}

public sealed class FakeTimeProvider : TimeProvider
{
    private DateTimeOffset _now = new(2026, 1, 1, 0, 0, 0, TimeSpan.Zero);

    public override DateTimeOffset GetUtcNow() => _now;

    public void Advance(double seconds) => _now += TimeSpan.FromSeconds(seconds);
}

public sealed class WarningCounter : ILoggerProvider
{
    private int _warnings;
    private int _cacheWarnings;

    public int Warnings => _warnings;

    public int CacheWarnings => _cacheWarnings;

    public ILogger CreateLogger(string categoryName) => new Logger(this);

    public void Dispose()
    {
    }

    private sealed class Logger(WarningCounter counter) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            if (logLevel == LogLevel.Warning && eventId.Name == "RedisUnreachable")
            {
                Interlocked.Increment(ref counter._warnings);
            }
            else if (logLevel == LogLevel.Warning && eventId.Name == "RedisCacheUnreachable")
            {
                Interlocked.Increment(ref counter._cacheWarnings);
            }
        }
    }
}

/// <summary>Starts an app instance whose throttle store is the given Redis, with rate <c>anon</c> = <paramref name="rate"/>.</summary>
public static class TestApp
{
    public static Task<ApiTestHost> StartAsync(
        string redisConfiguration, string prefix, TimeProvider time, string rate = "5/minute",
        RedisFailurePolicy policy = RedisFailurePolicy.Allow, ILoggerProvider? logs = null, int timeoutMilliseconds = 5000)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Redis:Configuration"] = redisConfiguration,
            ["RestFramework:Redis:KeyPrefix"] = prefix,
            ["RestFramework:Redis:FailurePolicy"] = policy.ToString(),
            // Generous by default: on a busy CI machine a first connection can take longer than half a second.
            ["RestFramework:Redis:TimeoutMilliseconds"] = timeoutMilliseconds.ToString(System.Globalization.CultureInfo.InvariantCulture),
        }).Build();
        return ApiTestHost.StartAsync(
            e => e.MapView<LimitedView>("limited/"),
            o => o.DefaultThrottleRates["anon"] = rate,
            services =>
            {
                services.AddSingleton(time);
                services.AddRestFrameworkRedis(configuration);
                if (logs is not null)
                {
                    services.AddLogging(b => b.AddProvider(logs));
                }
            });
    }
}
