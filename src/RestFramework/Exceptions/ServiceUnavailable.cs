// Provides the ServiceUnavailable error (503), raised for a database that cannot be reached.
using Microsoft.AspNetCore.Http;

namespace RestFramework.Exceptions;

/// <summary>A dependency of the view (usually the database) is unreachable for now (503); <c>Retry-After</c> names the wait.</summary>
/// <remarks>The view raises it in place of a transient database error (see <c>docs/api-guide/exceptions.md</c>).</remarks>
public class ServiceUnavailable : ApiException
{
    /// <summary>Creates the exception; <paramref name="wait"/> seconds, rounded up, are sent as <c>Retry-After</c>.</summary>
    /// <param name="wait">Seconds until a retry may succeed, or null when unknown.</param>
    /// <param name="detail">A message replacing the default.</param>
    /// <param name="code">A code replacing the default.</param>
    public ServiceUnavailable(double? wait = null, object? detail = null, string? code = null)
        : base(detail, code)
    {
        Wait = wait is null ? null : Math.Ceiling(wait.Value);
    }

    /// <inheritdoc />
    public override int DefaultStatusCode => StatusCodes.Status503ServiceUnavailable;

    /// <inheritdoc />
    public override string DefaultDetail => "Service temporarily unavailable, try again later.";

    /// <inheritdoc />
    public override string DefaultCode => "service_unavailable";
}
