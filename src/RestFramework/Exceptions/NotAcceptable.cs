// Provides the NotAcceptable error (406).
using Microsoft.AspNetCore.Http;

namespace RestFramework.Exceptions;

/// <summary>No renderer satisfies the request's <c>Accept</c> header (406).</summary>
public class NotAcceptable(object? detail = null, string? code = null) : ApiException(detail, code)
{
    /// <inheritdoc />
    public override int DefaultStatusCode => StatusCodes.Status406NotAcceptable;

    /// <inheritdoc />
    public override string DefaultDetail => "Could not satisfy the request Accept header.";

    /// <inheritdoc />
    public override string DefaultCode => "not_acceptable";
}
