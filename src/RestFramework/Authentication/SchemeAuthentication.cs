// Provides the bridge that lets any registered ASP.NET Core authentication scheme act as an authentication class.
using System.Security.Claims;
using Microsoft.AspNetCore.Authentication;
using RestFramework.Exceptions;
using RestFramework.Requests;

namespace RestFramework.Authentication;

/// <summary>
/// Authenticates with an ASP.NET Core authentication scheme (JWT bearer, cookies, OpenID Connect, API keys...): no result steps
/// aside for the next class, a failure is <c>AuthenticationFailed</c>, a success becomes the request's user.
/// </summary>
/// <remarks>Subclass it and set <see cref="Scheme"/>; override <see cref="GetUserAsync"/> to load users from a store, and
/// <see cref="AuthenticateHeader"/> to issue a challenge (which turns refusals of anonymous requests into 401).</remarks>
public abstract class SchemeAuthentication : IAuthentication
{
    /// <summary>The name of the registered ASP.NET Core authentication scheme.</summary>
    protected abstract string Scheme { get; }

    /// <inheritdoc />
    public virtual async ValueTask<AuthenticationResult?> AuthenticateAsync(Request request)
    {
        var result = await request.HttpContext.AuthenticateAsync(Scheme);
        if (result.None)
        {
            return null;
        }
        if (!result.Succeeded)
        {
            throw Failed(result.Failure);
        }
        var user = await GetUserAsync(request, result.Principal);
        return user is null ? null : new AuthenticationResult(user, result.Principal);
    }

    /// <summary>The user of an authenticated principal; null steps aside. Defaults to a <see cref="ClaimsUser"/>.</summary>
    protected virtual ValueTask<IUser?> GetUserAsync(Request request, ClaimsPrincipal principal) =>
        ValueTask.FromResult<IUser?>(new ClaimsUser(principal));

    /// <summary>The error for a failed authentication. Defaults to "Incorrect authentication credentials.".</summary>
    protected virtual ApiException Failed(Exception? failure) => new AuthenticationFailed();

    /// <inheritdoc />
    public virtual string? AuthenticateHeader(Request request) => null;
}
