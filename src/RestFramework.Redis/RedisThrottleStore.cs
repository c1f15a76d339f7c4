// Provides the Redis throttle store: DRF's sliding log as a Redis list, checked and recorded by one Lua script.
using System.Globalization;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using RestFramework.Exceptions;
using RestFramework.Throttling;
using StackExchange.Redis;

namespace RestFramework.Redis;

/// <summary>
/// An <see cref="IThrottleStore"/> in Redis, so that every instance of an app enforces one limit. Each check is one Lua
/// script (prune, count, record), atomic per key. When Redis cannot be reached the <see cref="RedisThrottleOptions.FailurePolicy"/> decides.
/// </summary>
public sealed partial class RedisThrottleStore : IThrottleStore
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
    private readonly RedisConnection _redis;
    private readonly WarningGate _warnings;

    /// <summary>Creates the store; the shared connection opens on first use.</summary>
    /// <param name="redis">The connection shared by the Redis stores.</param>
    /// <param name="options">The Redis settings (key prefix, warning interval).</param>
    /// <param name="logger">Where warnings about an unreachable Redis go.</param>
    /// <param name="timeProvider">The clock of the warning interval.</param>
    public RedisThrottleStore(RedisConnection redis, IOptions<RedisThrottleOptions> options, ILogger<RedisThrottleStore> logger, TimeProvider timeProvider)
    {
        _redis = redis;
        _options = options.Value;
        _logger = logger;
        _warnings = new WarningGate(timeProvider, _options.WarningInterval);
    }

    /// <inheritdoc />
    public async ValueTask<ThrottleCheck> CheckAsync(string key, int numRequests, int duration, double now, CancellationToken cancellationToken = default)
    {
        try
        {
            var database = await _redis.GetDatabaseAsync();
            var result = (RedisResult[])(await database.ScriptEvaluateAsync(
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

    private void WarnUnreachable(Exception exception)
    {
        if (_warnings.Allow())
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
