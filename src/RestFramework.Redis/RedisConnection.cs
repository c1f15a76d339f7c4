// Provides the one Redis connection the framework's Redis stores share, opened on first use and retried after a failure.
using Microsoft.Extensions.Options;
using StackExchange.Redis;

namespace RestFramework.Redis;

/// <summary>The shared <see cref="ConnectionMultiplexer"/> of the throttle store and the response cache store (one per app, as StackExchange.Redis advises).</summary>
public sealed class RedisConnection : IAsyncDisposable
{
    private readonly ConfigurationOptions _configuration;
    private readonly Lock _connectLock = new();
    private Task<ConnectionMultiplexer>? _connection;

    /// <summary>Reads the connection settings; nothing connects until the first use.</summary>
    /// <param name="options">The Redis settings: configuration string and timeout.</param>
    public RedisConnection(IOptions<RedisThrottleOptions> options)
    {
        var settings = options.Value;
        var configuration = ConfigurationOptions.Parse(settings.Configuration ?? throw new InvalidOperationException(
            "The Redis stores need a Redis configuration: set RestFramework:Redis:Configuration, Redis:Configuration or ConnectionStrings:Redis."));
        configuration.AbortOnConnectFail = false;
        configuration.BacklogPolicy = BacklogPolicy.FailFast;
        configuration.ConnectTimeout = settings.TimeoutMilliseconds;
        configuration.SyncTimeout = settings.TimeoutMilliseconds;
        configuration.AsyncTimeout = settings.TimeoutMilliseconds;
        _configuration = configuration;
    }

    /// <summary>The database of the shared connection; a failed attempt is forgotten, so the next call tries again.</summary>
    public async Task<IDatabase> GetDatabaseAsync()
    {
        Task<ConnectionMultiplexer> connection;
        lock (_connectLock)
        {
            if (_connection is null || _connection.IsFaulted || _connection.IsCanceled)
            {
                _connection = ConnectionMultiplexer.ConnectAsync(_configuration);
            }
            connection = _connection;
        }
        return (await connection).GetDatabase();
    }

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        if (_connection is { IsCompletedSuccessfully: true } connection)
        {
            await connection.Result.DisposeAsync();
        }
    }
}
