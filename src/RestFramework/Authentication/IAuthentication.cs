// Provides pluggable authentication: each class recognises a caller or steps aside.
using RestFramework.Requests;

namespace RestFramework.Authentication;

/// <summary>An authentication class, tried in order; the first non-null result wins.</summary>
public interface IAuthentication
{
    /// <summary>Recognises the caller, returns null to let the next class try, or throws <c>AuthenticationFailed</c>.</summary>
    ValueTask<AuthenticationResult?> AuthenticateAsync(Request request);

    /// <summary>The <c>WWW-Authenticate</c> challenge; null makes a refused anonymous request a 403 rather than a 401.</summary>
    string? AuthenticateHeader(Request request);
}
