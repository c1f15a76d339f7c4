// Provides the RequestEntityTooLarge error (Status413PayloadTooLarge).
using Microsoft.AspNetCore.Http;

namespace RestFramework.Exceptions;

/// <summary>The request body exceeds the configured limit (413).</summary>
public class RequestEntityTooLarge(object? detail = null, string? code = null) : ApiException(detail, code)
{
    /// <inheritdoc />
    public override int DefaultStatusCode => StatusCodes.Status413PayloadTooLarge;

    /// <inheritdoc />
    public override string DefaultDetail => "Request body is too large.";

    /// <inheritdoc />
    public override string DefaultCode => "request_entity_too_large";
}
