// Provides the registration of the built-in users, tokens and password hashing over an app's DbContext.
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Authentication.JwtBearer;
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
    /// Identity's <see cref="PasswordHasher{TUser}"/>, and a null rate for the <c>login</c> throttle scope unless one is set.
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

    /// <summary>Registers the session cookie scheme <see cref="SessionAuthentication"/> reads (cookie <c>sessionid</c>, HTTP-only, SameSite Lax, two weeks).</summary>
    /// <param name="services">The app's services.</param>
    /// <param name="configure">Changes to the cookie options.</param>
    /// <returns>The service collection.</returns>
    public static IServiceCollection AddRestFrameworkSession(this IServiceCollection services, Action<CookieAuthenticationOptions>? configure = null)
    {
        services.AddAuthentication().AddCookie(SessionAuthentication.DefaultScheme, o =>
        {
            o.Cookie.Name = "sessionid";
            o.Cookie.HttpOnly = true;
            o.Cookie.SameSite = Microsoft.AspNetCore.Http.SameSiteMode.Lax;
            o.ExpireTimeSpan = TimeSpan.FromSeconds(1_209_600);
            o.SlidingExpiration = false;
            o.Events.OnRedirectToLogin = c =>
            {
                c.Response.StatusCode = Microsoft.AspNetCore.Http.StatusCodes.Status401Unauthorized;
                return Task.CompletedTask;
            };
            o.Events.OnRedirectToAccessDenied = c =>
            {
                c.Response.StatusCode = Microsoft.AspNetCore.Http.StatusCodes.Status403Forbidden;
                return Task.CompletedTask;
            };
            configure?.Invoke(o);
        });
        return services;
    }

    /// <summary>
    /// Registers JWT authentication: the settings (section <c>RestFramework:Jwt</c>, then <paramref name="configure"/>), <see cref="JwtTokens"/>,
    /// and the JWT bearer scheme <see cref="JwtAuthentication"/> reads, which accepts only access tokens.
    /// </summary>
    /// <param name="services">The app's services.</param>
    /// <param name="configure">Changes to the settings; set at least <see cref="JwtSettings.SigningKey"/>.</param>
    /// <returns>The service collection.</returns>
    public static IServiceCollection AddRestFrameworkJwt(this IServiceCollection services, Action<JwtSettings>? configure = null)
    {
        var settings = services.AddOptions<JwtSettings>().BindConfiguration(JwtSettings.SectionName);
        if (configure is not null)
        {
            settings.Configure(configure);
        }
        settings
            .Validate(s => System.Text.Encoding.UTF8.GetByteCount(s.SigningKey) >= 32,
                "DRF201: RestFramework:Jwt:SigningKey must be a secret of at least 32 bytes; set it in configuration or in AddRestFrameworkJwt(o => o.SigningKey = ...).")
            .ValidateOnStart();
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<JwtTokens>();
        services.AddAuthentication().AddJwtBearer(JwtAuthentication.DefaultScheme, _ => { });
        services.AddOptions<JwtBearerOptions>(JwtAuthentication.DefaultScheme).Configure<JwtTokens>((o, tokens) =>
        {
            o.MapInboundClaims = false;
            o.TokenValidationParameters = tokens.ValidationParameters();
            o.Events = new JwtBearerEvents
            {
                OnTokenValidated = context =>
                {
                    if (context.Principal?.FindFirst("token_type")?.Value != JwtTokens.Access)
                    {
                        context.Fail("Token has wrong type");
                    }
                    return Task.CompletedTask;
                },
            };
        });
        return services;
    }
}
