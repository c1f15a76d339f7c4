// Provides the base of every error the framework turns into a DRF-shaped response.
using Microsoft.AspNetCore.Http;

namespace RestFramework.Exceptions;

/// <summary>An error with a status code and a detail that the exception handler renders as DRF does.</summary>
/// <remarks>Subclasses override <see cref="StatusCode"/>, <see cref="DefaultDetail"/> and <see cref="DefaultCode"/>.</remarks>
public class ApiException : Exception
{
    private int? _statusCode;

    /// <summary>Creates the exception; a null <paramref name="detail"/> takes <see cref="DefaultDetail"/>.</summary>
    /// <param name="detail">A message, a list or a dictionary of messages.</param>
    /// <param name="code">The code of every message; defaults to <see cref="DefaultCode"/>.</param>
    public ApiException(object? detail = null, string? code = null)
    {
        Detail = NormalizeDetail(detail ?? DefaultDetail, code ?? DefaultCode);
    }

    /// <summary>The status code of this kind of error. Defaults to 500.</summary>
    public virtual int DefaultStatusCode => StatusCodes.Status500InternalServerError;

    /// <summary>The HTTP status code sent; starts as <see cref="DefaultStatusCode"/>.</summary>
    /// <remarks>The view sets it to 403 for an authentication error when the first authenticator has no challenge.</remarks>
    public int StatusCode
    {
        get => _statusCode ?? DefaultStatusCode;
        set => _statusCode = value;
    }

    /// <summary>The message used when none is given.</summary>
    public virtual string DefaultDetail => "A server error occurred.";

    /// <summary>The code used when none is given.</summary>
    public virtual string DefaultCode => "error";

    /// <summary>The normalised detail: an <see cref="ErrorDetail"/>, a list or an ordered dictionary.</summary>
    public object Detail { get; }

    /// <summary>The <c>WWW-Authenticate</c> challenge, set by the view for 401 responses.</summary>
    public string? AuthHeader { get; set; }

    /// <summary>Seconds until a retry may succeed; sent as <c>Retry-After</c> when positive.</summary>
    public double? Wait { get; protected init; }

    /// <inheritdoc />
    public override string Message => Detail is ErrorDetail d ? d.Message : Detail.ToString() ?? string.Empty;

    /// <summary>The codes of <see cref="Detail"/>, in the same shape.</summary>
    public object GetCodes() => ErrorDetails.GetCodes(Detail);

    /// <summary>Normalises the detail given to the constructor.</summary>
    private protected virtual object NormalizeDetail(object detail, string code) => ErrorDetails.Normalize(detail, code);
}
