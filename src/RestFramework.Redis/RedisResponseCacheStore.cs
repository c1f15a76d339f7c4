// Provides the Redis response cache store: entries as strings with a TTL, generations as INCR counters.
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using RestFramework.Caching;
using RestFramework.Exceptions;
using StackExchange.Redis;

namespace RestFramework.Redis;

/// <summary>
/// An <see cref="IResponseCacheStore"/> in Redis, so that every instance of an app shares one cache and one invalidation.
/// Uses the connection settings of <see cref="RedisThrottleOptions"/>. When Redis cannot be reached every lookup is a miss
/// and nothing is stored, so responses are computed as if uncached.
/// </summary>
public sealed partial class RedisResponseCacheStore : IResponseCacheStore
{
    private const string GenerationPrefix = "rf:cachegen:";

    private readonly RedisThrottleOptions _options;
    private readonly ILogger<RedisResponseCacheStore> _logger;
    private readonly RedisConnection _redis;
    private readonly WarningGate _warnings;

    /// <summary>Creates the store; the shared connection opens on first use.</summary>
    /// <param name="redis">The connection shared by the Redis stores.</param>
    /// <param name="options">The Redis settings (key prefix, warning interval).</param>
    /// <param name="logger">Where warnings about an unreachable Redis go.</param>
    /// <param name="timeProvider">The clock of the warning interval.</param>
    public RedisResponseCacheStore(RedisConnection redis, IOptions<RedisThrottleOptions> options, ILogger<RedisResponseCacheStore> logger, TimeProvider timeProvider)
    {
        _redis = redis;
        _options = options.Value;
        _logger = logger;
        _warnings = new WarningGate(timeProvider, _options.WarningInterval);
    }

    /// <inheritdoc />
    public async ValueTask<byte[]?> GetAsync(string key, CancellationToken cancellationToken = default)
    {
        try
        {
            var value = await (await _redis.GetDatabaseAsync()).StringGetAsync(_options.KeyPrefix + key);
            return value.IsNull ? null : (byte[]?)value;
        }
        catch (Exception ex) when (ex is RedisException or TimeoutException)
        {
            WarnUnreachable(ex);
            return null;
        }
    }

    /// <inheritdoc />
    public async ValueTask SetAsync(string key, byte[] value, TimeSpan expiry, CancellationToken cancellationToken = default)
    {
        try
        {
            await (await _redis.GetDatabaseAsync()).StringSetAsync(_options.KeyPrefix + key, value, expiry);
        }
        catch (Exception ex) when (ex is RedisException or TimeoutException)
        {
            WarnUnreachable(ex);
        }
    }

    /// <inheritdoc />
    public async ValueTask<long> GetGenerationAsync(string resource, CancellationToken cancellationToken = default)
    {
        try
        {
            var value = await (await _redis.GetDatabaseAsync()).StringGetAsync(_options.KeyPrefix + GenerationPrefix + resource);
            return value.IsNull ? 0 : (long)value;
        }
        catch (Exception ex) when (ex is RedisException or TimeoutException)
        {
            WarnUnreachable(ex);
            return 0;
        }
    }

    /// <inheritdoc />
    public async ValueTask<long> IncrementGenerationAsync(string resource, CancellationToken cancellationToken = default)
    {
        try
        {
            return await (await _redis.GetDatabaseAsync()).StringIncrementAsync(_options.KeyPrefix + GenerationPrefix + resource);
        }
        catch (Exception ex) when (ex is RedisException or TimeoutException)
        {
            WarnUnreachable(ex);
            return 0;
        }
    }

    private void WarnUnreachable(Exception exception)
    {
        if (_warnings.Allow())
        {
            Log.RedisUnreachable(_logger, exception);
        }
    }

    private static partial class Log
    {
        [LoggerMessage(EventId = 2, EventName = "RedisCacheUnreachable", Level = LogLevel.Warning,
            Message = "Redis response cache store is unreachable; responses are computed uncached until it recovers.")]
        public static partial void RedisUnreachable(ILogger logger, Exception exception);
    }
}
