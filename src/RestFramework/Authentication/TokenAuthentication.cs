// Provides token authentication: "Authorization: Token <key>" against the tokens of the user store.
using Microsoft.Extensions.DependencyInjection;
using RestFramework.Exceptions;
using RestFramework.Requests;

namespace RestFramework.Authentication;

/// <summary>DRF's <c>TokenAuthentication</c>: <c>Authorization: Token 9944b09199c62bcf9418ad846dd0e4bbdfc6ee4b</c>.</summary>
/// <remarks>Subclass and override <see cref="Keyword"/> to accept another scheme, such as <c>Bearer</c>.</remarks>
public class TokenAuthentication : IAuthentication
{
    /// <summary>The scheme of the header, compared case-insensitively, and the challenge. Defaults to <c>Token</c>.</summary>
    protected virtual string Keyword => "Token";

    /// <inheritdoc />
    public async ValueTask<AuthenticationResult?> AuthenticateAsync(Request request)
    {
        var parts = AuthorizationHeader.Split(request);
        if (parts.Length == 0 || !string.Equals(parts[0], Keyword, StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }
        if (parts.Length == 1)
        {
            throw new AuthenticationFailed("Invalid token header. No credentials provided.");
        }
        if (parts.Length > 2)
        {
            throw new AuthenticationFailed("Invalid token header. Token string should not contain spaces.");
        }
        var key = AuthorizationHeader.Utf8(AuthorizationHeader.Bytes(parts[1]))
            ?? throw new AuthenticationFailed("Invalid token header. Token string should not contain invalid characters.");
        return await AuthenticateCredentialsAsync(request, key);
    }

    /// <summary>Looks the key up: "Invalid token." when unknown, "User inactive or deleted." for an inactive user.</summary>
    protected virtual async ValueTask<AuthenticationResult> AuthenticateCredentialsAsync(Request request, string key)
    {
        var store = request.HttpContext.RequestServices.GetRequiredService<IUserStore>();
        var token = await store.FindTokenAsync(key, request.HttpContext.RequestAborted)
            ?? throw new AuthenticationFailed("Invalid token.");
        if (!token.User.IsActive)
        {
            throw new AuthenticationFailed("User inactive or deleted.");
        }
        return new AuthenticationResult(token.User, token);
    }

    /// <inheritdoc />
    public string? AuthenticateHeader(Request request) => Keyword;
}
