// Provides the NotAuthenticated error (Status401Unauthorized).
using Microsoft.AspNetCore.Http;

namespace RestFramework.Exceptions;

/// <summary>No credentials were given (401, or 403 without a challenge).</summary>
public class NotAuthenticated(object? detail = null, string? code = null) : ApiException(detail, code)
{
    /// <inheritdoc />
    public override int DefaultStatusCode => StatusCodes.Status401Unauthorized;

    /// <inheritdoc />
    public override string DefaultDetail => "Authentication credentials were not provided.";

    /// <inheritdoc />
    public override string DefaultCode => "not_authenticated";
}
