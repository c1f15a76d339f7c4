// Provides the outcome of a successful authentication: DRF's (user, auth) pair.
namespace RestFramework.Authentication;

/// <summary>The user an authentication class recognised, and the credential it used (a token, a claims principal).</summary>
/// <param name="User">The authenticated user.</param>
/// <param name="Auth">The credential, exposed as <c>Request.Auth</c>.</param>
public sealed record AuthenticationResult(IUser User, object? Auth);
