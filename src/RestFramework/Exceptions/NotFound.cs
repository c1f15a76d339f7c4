// Provides the NotFound error (Status404NotFound).
using Microsoft.AspNetCore.Http;

namespace RestFramework.Exceptions;

/// <summary>The resource does not exist (404).</summary>
public class NotFound(object? detail = null, string? code = null) : ApiException(detail, code)
{
    /// <inheritdoc />
    public override int DefaultStatusCode => StatusCodes.Status404NotFound;

    /// <inheritdoc />
    public override string DefaultDetail => "Not found.";

    /// <inheritdoc />
    public override string DefaultCode => "not_found";
}
