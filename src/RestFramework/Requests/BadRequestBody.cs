// Provides the error of a request body that the server refused while it was read: bad framing, too large, too slow.
using Microsoft.AspNetCore.Http;
using RestFramework.Exceptions;

namespace RestFramework.Requests;

/// <summary>
/// A <see cref="BadHttpRequestException"/> raised while the body was read (a malformed chunk size, a body over Kestrel's
/// limit, data arriving too slowly), answered with its status (400, 413, 408...) and its message as <c>{"detail": ...}</c>
/// by the exception handler, as any client error: never the 500 page.
/// </summary>
internal sealed class BadRequestBody(BadHttpRequestException error) : ApiException(error.Message)
{
    /// <inheritdoc />
    public override int DefaultStatusCode => error.StatusCode;

    /// <inheritdoc />
    public override string DefaultDetail => "Malformed request.";

    /// <inheritdoc />
    public override string DefaultCode => "bad_request";
}
