// Provides the ValidationError error (400), whose plain messages are wrapped in a list as DRF does.
using System.Collections;
using Microsoft.AspNetCore.Http;

namespace RestFramework.Exceptions;

/// <summary>Input failed validation (400). A message that is neither a list nor a dictionary becomes a one-item list.</summary>
public class ValidationError(object? detail = null, string? code = null) : ApiException(detail, code)
{
    /// <inheritdoc />
    public override int DefaultStatusCode => StatusCodes.Status400BadRequest;

    /// <inheritdoc />
    public override string DefaultDetail => "Invalid input.";

    /// <inheritdoc />
    public override string DefaultCode => "invalid";

    private protected override object NormalizeDetail(object detail, string code)
    {
        var wrapped = detail is string or ErrorDetail || detail is not IEnumerable ? new object[] { detail } : detail;
        return ErrorDetails.Normalize(wrapped, code);
    }
}
