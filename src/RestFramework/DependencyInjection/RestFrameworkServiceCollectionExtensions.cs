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
    /// <remarks>Also registers <see cref="TimeProvider.System"/> the in-memory <see cref="IThrottleStore"/> and <see cref="RestFramework.Caching.IResponseCacheStore"/> unless already registered,
    /// and makes Kestrel read request header values as ISO-8859-1, as WSGI servers hand them to Django (so a non-ASCII byte in
    /// <c>Authorization</c> reaches the authentication classes instead of failing the request with 400).</remarks>
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
        services.Configure<Microsoft.AspNetCore.Server.Kestrel.Core.KestrelServerOptions>(
            kestrel => kestrel.RequestHeaderEncodingSelector = static _ => System.Text.Encoding.Latin1);
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<IThrottleStore, MemoryThrottleStore>();
        services.TryAddSingleton<RestFramework.Caching.IResponseCacheStore, RestFramework.Caching.MemoryResponseCacheStore>();
        services.AddLogging();
        services.TryAddSingleton<RestFramework.Views.DatabaseFailureLog>();
        return services;
    }
}
