// Provides the registration of the Redis throttle and response cache stores in place of the in-memory ones.
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection.Extensions;
using RestFramework.Caching;
using RestFramework.Redis;
using RestFramework.Throttling;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>Registers RestFramework.Redis.</summary>
public static class RedisServiceCollectionExtensions
{
    /// <summary>
    /// Replaces the throttle store with <see cref="RedisThrottleStore"/> and the response cache store with <see cref="RedisResponseCacheStore"/>, configured from the <c>RestFramework:Redis</c> section
    /// (its <c>Configuration</c> defaulting to <c>Redis:Configuration</c>, then <c>ConnectionStrings:Redis</c>), then <paramref name="configure"/>.
    /// </summary>
    /// <param name="services">The app's services.</param>
    /// <param name="configuration">The app's configuration.</param>
    /// <param name="configure">Changes to the settings, applied after binding.</param>
    /// <returns>The service collection.</returns>
    public static IServiceCollection AddRestFrameworkRedis(this IServiceCollection services, IConfiguration configuration, Action<RedisThrottleOptions>? configure = null)
    {
        var options = services.AddOptions<RedisThrottleOptions>()
            .Bind(configuration.GetSection(RedisThrottleOptions.SectionName))
            .PostConfigure(o => o.Configuration ??= configuration["Redis:Configuration"] ?? configuration.GetConnectionString("Redis"));
        if (configure is not null)
        {
            options.Configure(configure);
        }
        options
            .Validate(o => !string.IsNullOrWhiteSpace(o.Configuration),
                "DRF301: RestFramework.Redis needs a Redis configuration: set RestFramework:Redis:Configuration, Redis:Configuration or ConnectionStrings:Redis (for example \"localhost:6379\").")
            .Validate(o => o.TimeoutMilliseconds > 0, "DRF302: RestFramework:Redis:TimeoutMilliseconds must be positive.")
            .ValidateOnStart();
        services.AddLogging();
        services.TryAddSingleton(TimeProvider.System);
        services.RemoveAll<IThrottleStore>();
        services.AddSingleton<RedisConnection>();
        services.AddSingleton<RedisThrottleStore>();
        services.AddSingleton<IThrottleStore>(sp => sp.GetRequiredService<RedisThrottleStore>());
        services.RemoveAll<IResponseCacheStore>();
        services.AddSingleton<RedisResponseCacheStore>();
        services.AddSingleton<IResponseCacheStore>(sp => sp.GetRequiredService<RedisResponseCacheStore>());
        return services;
    }
}
