// Provides the UnsupportedMediaType error (415).
using Microsoft.AspNetCore.Http;

namespace RestFramework.Exceptions;

/// <summary>No parser accepts the request's <c>Content-Type</c> (415).</summary>
/// <param name="mediaType">The full <c>Content-Type</c> header, named in the message.</param>
/// <param name="detail">A message replacing the default.</param>
/// <param name="code">A code replacing the default.</param>
public class UnsupportedMediaType(string mediaType, object? detail = null, string? code = null)
    : ApiException(detail ?? $"Unsupported media type \"{mediaType}\" in request.", code)
{
    /// <inheritdoc />
    public override int DefaultStatusCode => StatusCodes.Status415UnsupportedMediaType;

    /// <inheritdoc />
    public override string DefaultDetail => "Unsupported media type \"{media_type}\" in request.";

    /// <inheritdoc />
    public override string DefaultCode => "unsupported_media_type";
}
