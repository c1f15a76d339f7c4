// Provides the registration of the built-in users, tokens and password hashing over an app's DbContext.
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection.Extensions;
using RestFramework.Authentication;
using RestFramework.Settings;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>Registers the user store the authentication classes use.</summary>
public static class AuthenticationServiceCollectionExtensions
{
    /// <summary>
    /// Registers <see cref="IUserStore"/> over <typeparamref name="TDbContext"/> (whose model calls <c>AddRestFrameworkAuth()</c>),
    /// Identity's <see cref="PasswordHasher{TUser}"/>, and a null rate for the <c>obtain_auth_token</c> throttle scope unless one is set.
    /// </summary>
    /// <typeparam name="TDbContext">The app's DbContext, registered separately (<c>AddDbContext</c>).</typeparam>
    /// <param name="services">The app's services.</param>
    /// <returns>The service collection.</returns>
    public static IServiceCollection AddRestFrameworkAuthentication<TDbContext>(this IServiceCollection services)
        where TDbContext : DbContext
    {
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<IPasswordHasher<User>, PasswordHasher<User>>();
        services.TryAddScoped<IUserStore, UserStore<TDbContext>>();
        services.PostConfigure<RestFrameworkOptions>(o => o.DefaultThrottleRates.TryAdd(ObtainAuthToken.Scope, null));
        return services;
    }
}
