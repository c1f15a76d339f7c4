// Provides the registration of the test services in an app under test.
using Microsoft.AspNetCore.Hosting;
using RestFramework.Testing;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>Registers what <see cref="ApiClient"/> needs in the app under test.</summary>
public static class TestingServiceCollectionExtensions
{
    /// <summary>Lets <see cref="ApiClient.ForceAuthenticate"/> work; call it only in test hosts (for example in <c>ConfigureTestServices</c>).</summary>
    /// <param name="services">The app's services.</param>
    /// <returns>The service collection.</returns>
    public static IServiceCollection AddRestFrameworkTesting(this IServiceCollection services)
    {
        services.AddTransient<IStartupFilter, ForcedAuthenticationStartupFilter>();
        return services;
    }
}
