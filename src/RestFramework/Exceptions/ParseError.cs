// Provides the ParseError error (Status400BadRequest).
using Microsoft.AspNetCore.Http;

namespace RestFramework.Exceptions;

/// <summary>The request body could not be parsed (400).</summary>
public class ParseError(object? detail = null, string? code = null) : ApiException(detail, code)
{
    /// <inheritdoc />
    public override int DefaultStatusCode => StatusCodes.Status400BadRequest;

    /// <inheritdoc />
    public override string DefaultDetail => "Malformed request.";

    /// <inheritdoc />
    public override string DefaultCode => "parse_error";
}
