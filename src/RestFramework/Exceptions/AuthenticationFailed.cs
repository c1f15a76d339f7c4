// Provides the AuthenticationFailed error (Status401Unauthorized).
using Microsoft.AspNetCore.Http;

namespace RestFramework.Exceptions;

/// <summary>Credentials were given but are wrong (401, or 403 without a challenge).</summary>
public class AuthenticationFailed(object? detail = null, string? code = null) : ApiException(detail, code)
{
    /// <inheritdoc />
    public override int DefaultStatusCode => StatusCodes.Status401Unauthorized;

    /// <inheritdoc />
    public override string DefaultDetail => "Incorrect authentication credentials.";

    /// <inheritdoc />
    public override string DefaultCode => "authentication_failed";
}
