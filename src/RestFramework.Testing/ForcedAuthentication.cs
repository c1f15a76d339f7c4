// Provides the test-only middleware that forces the user of requests sent by a client that called ForceAuthenticate.
using System.Collections.Concurrent;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using RestFramework.Authentication;

namespace RestFramework.Testing;

/// <summary>Maps the client's marker header to the forced user and sets <see cref="IForcedAuthenticationFeature"/>.</summary>
internal sealed class ForcedAuthenticationStartupFilter : IStartupFilter
{
    internal const string HeaderName = "X-RestFramework-Test-Force-Auth";

    internal static readonly ConcurrentDictionary<string, ForcedUser> Users = new();

    public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
    {
        app.Use((context, nextMiddleware) =>
        {
            if (context.Request.Headers.TryGetValue(HeaderName, out var key) && Users.TryGetValue(key.ToString(), out var forced))
            {
                context.Request.Headers.Remove(HeaderName);
                context.Features.Set<IForcedAuthenticationFeature>(forced);
            }
            return nextMiddleware(context);
        });
        next(app);
    };
}

/// <summary>The user and token a client forces.</summary>
internal sealed record ForcedUser(IUser? User, object? Token) : IForcedAuthenticationFeature;
