// Provides the Throttled error (429).
using Microsoft.AspNetCore.Http;

namespace RestFramework.Exceptions;

/// <summary>The request exceeded a rate limit (429); the message and <c>Retry-After</c> name the wait.</summary>
public class Throttled : ApiException
{
    /// <summary>Creates the exception for a wait of <paramref name="wait"/> seconds, rounded up.</summary>
    /// <param name="wait">Seconds until a retry may succeed, or null when unknown.</param>
    /// <param name="detail">A message replacing the default.</param>
    /// <param name="code">A code replacing the default.</param>
    public Throttled(double? wait = null, object? detail = null, string? code = null)
        : base(WithWait(detail as string ?? "Request was throttled.", wait), code)
    {
        Wait = wait is null ? null : Math.Ceiling(wait.Value);
    }

    /// <inheritdoc />
    public override int DefaultStatusCode => StatusCodes.Status429TooManyRequests;

    /// <inheritdoc />
    public override string DefaultDetail => "Request was throttled.";

    /// <inheritdoc />
    public override string DefaultCode => "throttled";

    private static string WithWait(string detail, double? wait)
    {
        if (wait is null)
        {
            return detail;
        }
        var seconds = (long)Math.Ceiling(wait.Value);
        return seconds == 1
            ? $"{detail} Expected available in {seconds} second."
            : $"{detail} Expected available in {seconds} seconds.";
    }
}
