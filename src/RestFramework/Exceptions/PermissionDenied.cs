// Provides the PermissionDenied error (Status403Forbidden).
using Microsoft.AspNetCore.Http;

namespace RestFramework.Exceptions;

/// <summary>The caller may not perform this action (403).</summary>
public class PermissionDenied(object? detail = null, string? code = null) : ApiException(detail, code)
{
    /// <inheritdoc />
    public override int DefaultStatusCode => StatusCodes.Status403Forbidden;

    /// <inheritdoc />
    public override string DefaultDetail => "You do not have permission to perform this action.";

    /// <inheritdoc />
    public override string DefaultCode => "permission_denied";
}
