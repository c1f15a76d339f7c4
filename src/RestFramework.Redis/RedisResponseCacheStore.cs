// Provides the Redis response cache store: entries as strings with a TTL, generations as INCR counters.
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using RestFramework.Caching;
using StackExchange.Redis;

namespace RestFramework.Redis;

/// <summary>
/// An <see cref="IResponseCacheStore"/> in Redis, so that every instance of an app shares one cache and one invalidation.
/// Uses the connection settings of <see cref="RedisThrottleOptions"/>. When Redis cannot be reached every lookup is a miss
/// and nothing is stored, so responses are computed as if uncached.
/// </summary>
public sealed partial class RedisResponseCacheStore : IResponseCacheStore, IAsyncDisposable
{
    private const string GenerationPrefix = "rf:cachegen:";

    private readonly RedisThrottleOptions _options;
    private readonly ILogger<RedisResponseCacheStore> _logger;
    private readonly TimeProvider _timeProvider;
    private readonly ConfigurationOptions _configuration;
    private readonly Lock _connectLock = new();
    private Task<ConnectionMultiplexer>? _connection;
    private long _lastWarningTicks = long.MinValue;

    /// <summary>Creates the store; the connection opens on first use.</summary>
    /// <param name="options">The Redis settings (shared with the throttle store).</param>
    /// <param name="logger">Where warnings about an unreachable Redis go.</param>
    /// <param name="timeProvider">The clock of the warning interval.</param>
    public RedisResponseCacheStore(IOptions<RedisThrottleOptions> options, ILogger<RedisResponseCacheStore> logger, TimeProvider timeProvider)
    {
        _options = options.Value;
        _logger = logger;
        _timeProvider = timeProvider;
        var configuration = ConfigurationOptions.Parse(_options.Configuration ?? throw new InvalidOperationException(
            "RedisResponseCacheStore needs a Redis configuration: set RestFramework:Redis:Configuration, Redis:Configuration or ConnectionStrings:Redis."));
        configuration.AbortOnConnectFail = false;
        configuration.BacklogPolicy = BacklogPolicy.FailFast;
        configuration.ConnectTimeout = _options.TimeoutMilliseconds;
        configuration.SyncTimeout = _options.TimeoutMilliseconds;
        configuration.AsyncTimeout = _options.TimeoutMilliseconds;
        _configuration = configuration;
    }

    /// <inheritdoc />
    public async ValueTask<byte[]?> GetAsync(string key, CancellationToken cancellationToken = default)
    {
        try
        {
            var value = await (await ConnectAsync()).GetDatabase().StringGetAsync(_options.KeyPrefix + key);
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
            await (await ConnectAsync()).GetDatabase().StringSetAsync(_options.KeyPrefix + key, value, expiry);
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
            var value = await (await ConnectAsync()).GetDatabase().StringGetAsync(_options.KeyPrefix + GenerationPrefix + resource);
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
            return await (await ConnectAsync()).GetDatabase().StringIncrementAsync(_options.KeyPrefix + GenerationPrefix + resource);
        }
        catch (Exception ex) when (ex is RedisException or TimeoutException)
        {
            WarnUnreachable(ex);
            return 0;
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
            // A failed attempt is forgotten, so the next call tries again.
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
