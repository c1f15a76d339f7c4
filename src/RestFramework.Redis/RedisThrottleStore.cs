// Provides the Redis throttle store: DRF's sliding log as a Redis list, checked and recorded by one Lua script.
using System.Globalization;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using RestFramework.Throttling;
using StackExchange.Redis;

namespace RestFramework.Redis;

/// <summary>
/// An <see cref="IThrottleStore"/> in Redis, so that every instance of an app enforces one limit. Each check is one Lua
/// script (prune, count, record), atomic per key. When Redis cannot be reached the <see cref="RedisThrottleOptions.FailurePolicy"/> decides.
/// </summary>
public sealed partial class RedisThrottleStore : IThrottleStore, IAsyncDisposable
{
    private const string Script = """
        local cutoff = tonumber(ARGV[3]) - tonumber(ARGV[2])
        while true do
          local oldest = redis.call('LINDEX', KEYS[1], -1)
          if not oldest or tonumber(oldest) > cutoff then break end
          redis.call('RPOP', KEYS[1])
        end
        local count = redis.call('LLEN', KEYS[1])
        if count >= tonumber(ARGV[1]) then
          return {0, count, redis.call('LINDEX', KEYS[1], -1) or false}
        end
        redis.call('LPUSH', KEYS[1], ARGV[3])
        redis.call('EXPIRE', KEYS[1], ARGV[2])
        return {1, count + 1, redis.call('LINDEX', KEYS[1], -1)}
        """;

    private readonly RedisThrottleOptions _options;
    private readonly ILogger<RedisThrottleStore> _logger;
    private readonly TimeProvider _timeProvider;
    private readonly ConfigurationOptions _configuration;
    private readonly Lock _connectLock = new();
    private Task<ConnectionMultiplexer>? _connection;
    private long _lastWarningTicks = long.MinValue;

    /// <summary>Creates the store; the connection opens on first use.</summary>
    /// <param name="options">The settings.</param>
    /// <param name="logger">Where warnings about an unreachable Redis go.</param>
    /// <param name="timeProvider">The clock of the warning interval.</param>
    public RedisThrottleStore(IOptions<RedisThrottleOptions> options, ILogger<RedisThrottleStore> logger, TimeProvider timeProvider)
    {
        _options = options.Value;
        _logger = logger;
        _timeProvider = timeProvider;
        var configuration = ConfigurationOptions.Parse(_options.Configuration ?? throw new InvalidOperationException(
            "RedisThrottleStore needs a Redis configuration: set RestFramework:Redis:Configuration, Redis:Configuration or ConnectionStrings:Redis."));
        configuration.AbortOnConnectFail = false;
        configuration.BacklogPolicy = BacklogPolicy.FailFast;
        configuration.ConnectTimeout = _options.TimeoutMilliseconds;
        configuration.SyncTimeout = _options.TimeoutMilliseconds;
        configuration.AsyncTimeout = _options.TimeoutMilliseconds;
        _configuration = configuration;
    }

    /// <inheritdoc />
    public async ValueTask<ThrottleCheck> CheckAsync(string key, int numRequests, int duration, double now, CancellationToken cancellationToken = default)
    {
        try
        {
            var connection = await ConnectAsync();
            var result = (RedisResult[])(await connection.GetDatabase().ScriptEvaluateAsync(
                Script,
                [new RedisKey(_options.KeyPrefix + key)],
                [numRequests, duration, now.ToString("R", CultureInfo.InvariantCulture)]))!;
            var oldest = result[2].IsNull ? (double?)null : double.Parse((string)result[2]!, CultureInfo.InvariantCulture);
            return new ThrottleCheck((int)result[0] == 1, (int)result[1], oldest);
        }
        catch (Exception ex) when (ex is RedisException or TimeoutException)
        {
            WarnUnreachable(ex);
            return _options.FailurePolicy == RedisFailurePolicy.Allow
                ? new ThrottleCheck(true, 0, null)
                : new ThrottleCheck(false, numRequests + 1, null);
        }
    }

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        if (_connection is { IsCompletedSuccessfully: true } connection)
        {
            await connection.Result.DisposeAsync();
        }
    }

    private Task<ConnectionMultiplexer> ConnectAsync()
    {
        lock (_connectLock)
        {
            // A failed attempt is forgotten, so the next check tries again.
            if (_connection is null || _connection.IsFaulted || _connection.IsCanceled)
            {
                _connection = ConnectionMultiplexer.ConnectAsync(_configuration);
            }
            return _connection;
        }
    }

    private void WarnUnreachable(Exception exception)
    {
        var now = _timeProvider.GetUtcNow().UtcTicks;
        var last = Interlocked.Read(ref _lastWarningTicks);
        if (last != long.MinValue && now - last < _options.WarningInterval.Ticks)
        {
            return;
        }
        if (Interlocked.CompareExchange(ref _lastWarningTicks, now, last) == last)
        {
            Log.RedisUnreachable(_logger, _options.FailurePolicy, exception);
        }
    }

    private static partial class Log
    {
        [LoggerMessage(EventId = 1, EventName = "RedisUnreachable", Level = LogLevel.Warning,
            Message = "Redis throttle store is unreachable; requests are handled by the {Policy} failure policy until it recovers.")]
        public static partial void RedisUnreachable(ILogger logger, RedisFailurePolicy policy, Exception exception);
    }
}
