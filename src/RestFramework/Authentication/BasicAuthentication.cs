// Provides HTTP Basic authentication against the user store's password hashes.
using System.Text;
using Microsoft.Extensions.DependencyInjection;
using RestFramework.Exceptions;
using RestFramework.Requests;

namespace RestFramework.Authentication;

/// <summary>DRF's <c>BasicAuthentication</c>: <c>Authorization: Basic base64(username:password)</c>, challenging with <c>Basic realm="api"</c>.</summary>
public class BasicAuthentication : IAuthentication
{
    /// <summary>The realm of the challenge. Defaults to <c>api</c>.</summary>
    protected virtual string Realm => "api";

    /// <inheritdoc />
    public async ValueTask<AuthenticationResult?> AuthenticateAsync(Request request)
    {
        var parts = AuthorizationHeader.Split(request);
        if (parts.Length == 0 || !string.Equals(parts[0], "basic", StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }
        if (parts.Length == 1)
        {
            throw new AuthenticationFailed("Invalid basic header. No credentials provided.");
        }
        if (parts.Length > 2)
        {
            throw new AuthenticationFailed("Invalid basic header. Credentials string should not contain spaces.");
        }
        var decoded = LenientBase64.Decode(parts[1])
            ?? throw new AuthenticationFailed("Invalid basic header. Credentials not correctly base64 encoded.");
        var text = AuthorizationHeader.Utf8(decoded) ?? Encoding.Latin1.GetString(decoded);
        var colon = text.IndexOf(':', StringComparison.Ordinal);
        var userName = colon < 0 ? text : text[..colon];
        var password = colon < 0 ? string.Empty : text[(colon + 1)..];
        return await AuthenticateCredentialsAsync(request, userName, password);
    }

    /// <summary>Checks the credentials: "Invalid username/password." when they do not match an active user.</summary>
    protected virtual async ValueTask<AuthenticationResult> AuthenticateCredentialsAsync(Request request, string userName, string password)
    {
        var store = request.HttpContext.RequestServices.GetRequiredService<IUserStore>();
        var user = await store.AuthenticateAsync(userName, password, request.HttpContext.RequestAborted)
            ?? throw new AuthenticationFailed("Invalid username/password.");
        if (!user.IsActive)
        {
            throw new AuthenticationFailed("User inactive or deleted.");
        }
        return new AuthenticationResult(user, null);
    }

    /// <inheritdoc />
    public string? AuthenticateHeader(Request request) => $"Basic realm=\"{Realm}\"";
}
