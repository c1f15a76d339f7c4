// Provides the MethodNotAllowed error (405).
using Microsoft.AspNetCore.Http;

namespace RestFramework.Exceptions;

/// <summary>The view does not implement the request's method (405).</summary>
/// <param name="method">The HTTP method, named in the message.</param>
/// <param name="detail">A message replacing the default.</param>
/// <param name="code">A code replacing the default.</param>
public class MethodNotAllowed(string method, object? detail = null, string? code = null)
    : ApiException(detail ?? $"Method \"{method}\" not allowed.", code)
{
    /// <inheritdoc />
    public override int DefaultStatusCode => StatusCodes.Status405MethodNotAllowed;

    /// <inheritdoc />
    public override string DefaultDetail => "Method \"{method}\" not allowed.";

    /// <inheritdoc />
    public override string DefaultCode => "method_not_allowed";
}
