// Provides the registration of the framework's services and settings.
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using RestFramework.Settings;
using RestFramework.Throttling;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>Registers RestFramework.</summary>
public static class RestFrameworkServiceCollectionExtensions
{
    /// <summary>Adds the framework's settings, bound from the <c>RestFramework</c> configuration section, then <paramref name="configure"/>.</summary>
    /// <remarks>Also registers <see cref="TimeProvider.System"/> the in-memory <see cref="IThrottleStore"/> and <see cref="RestFramework.Caching.IResponseCacheStore"/> unless already registered.</remarks>
    /// <param name="services">The service collection.</param>
    /// <param name="configure">Changes to the settings, applied after configuration binding.</param>
    /// <returns>The service collection.</returns>
    public static IServiceCollection AddRestFramework(this IServiceCollection services, Action<RestFrameworkOptions>? configure = null)
    {
        var options = services.AddOptions<RestFrameworkOptions>().BindConfiguration(RestFrameworkOptions.SectionName).ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<RestFrameworkOptions>, RestFrameworkOptionsValidator>());
        services.TryAddSingleton(new RestFramework.Generics.EntityContexts(services));
        if (configure is not null)
        {
            options.Configure(configure);
        }
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<IThrottleStore, MemoryThrottleStore>();
        services.TryAddSingleton<RestFramework.Caching.IResponseCacheStore, RestFramework.Caching.MemoryResponseCacheStore>();
        return services;
    }
}
