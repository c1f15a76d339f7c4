// Provides the authentication a test client forces on a request, replacing every other class.
using RestFramework.Requests;

namespace RestFramework.Authentication;

/// <summary>Authenticates every request as a given user; used by the test client's <c>ForceAuthenticate</c>.</summary>
internal sealed class ForcedAuthentication(IUser? user, object? token) : IAuthentication
{
    public ValueTask<AuthenticationResult?> AuthenticateAsync(Request request) =>
        ValueTask.FromResult(user is null && token is null ? null : new AuthenticationResult(user ?? AnonymousUser.Instance, token));

    public string? AuthenticateHeader(Request request) => null;
}

/// <summary>A request feature that forces the user of a request; only the test host sets it.</summary>
public interface IForcedAuthenticationFeature
{
    /// <summary>The user to force, or null.</summary>
    IUser? User { get; }

    /// <summary>The credential to force, or null.</summary>
    object? Token { get; }
}
