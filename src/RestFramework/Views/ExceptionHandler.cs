// Provides DRF's default exception handler: API errors become their detail, status and headers.
using System.Globalization;
using Microsoft.Net.Http.Headers;
using RestFramework.Exceptions;
using RestFramework.Responses;

namespace RestFramework.Views;

/// <summary>
/// DRF's <c>exception_handler</c>: an <see cref="ApiException"/> becomes its status with <c>{"detail": ...}</c>, or its list or
/// dictionary as is, plus <c>WWW-Authenticate</c> and <c>Retry-After</c>; anything else is left for the 500 path.
/// </summary>
public sealed class ExceptionHandler : IExceptionHandler
{
    /// <inheritdoc />
    public Response? Handle(Exception exception, ApiView view)
    {
        if (exception is not ApiException api)
        {
            return null;
        }
        var data = api.Detail is ErrorDetail ? new OrderedDictionary<string, object?> { ["detail"] = api.Detail } : api.Detail;
        var response = new Response(data, api.StatusCode);
        if (api.AuthHeader is not null)
        {
            response.Headers[HeaderNames.WWWAuthenticate] = api.AuthHeader;
        }
        if (api.Wait is { } wait && wait > 0)
        {
            response.Headers[HeaderNames.RetryAfter] = ((long)wait).ToString(CultureInfo.InvariantCulture);
        }
        return response;
    }
}
