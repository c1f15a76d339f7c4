// Provides the exception path of ApiView: 401 versus 403, the exception handler, and the 500 fallback.
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using RestFramework.Exceptions;
using RestFramework.Requests;
using RestFramework.Responses;

namespace RestFramework.Views;

public abstract partial class ApiView
{
    /// <summary>The exception handler class of this view; null uses <c>ExceptionHandler</c> from the settings.</summary>
    public virtual Type? ExceptionHandlerType => null;

    /// <summary>Turns an exception into a response, as DRF's <c>handle_exception</c>.</summary>
    /// <remarks>
    /// An authentication error takes the challenge of the first authentication class; without one its status becomes 403.
    /// Errors the handler does not answer are logged and become Django's 500 page (<see cref="WriteServerErrorPageAsync"/>).
    /// A transient database error (unreachable, timed out, busy) becomes <see cref="ServiceUnavailable"/> first: 503 with
    /// <c>Retry-After</c>, logged as one warning a minute.
    /// </remarks>
    protected virtual Response HandleException(Exception exception)
    {
        exception = MapTransientDatabaseFailure(exception);
        if (exception is NotAuthenticated or AuthenticationFailed)
        {
            var header = GetAuthenticateHeader(Request);
            if (header is not null)
            {
                ((ApiException)exception).AuthHeader = header;
            }
            else
            {
                ((ApiException)exception).StatusCode = StatusCodes.Status403Forbidden;
            }
        }
        var handler = PolicyFactory.Create<IExceptionHandler>(Services, ExceptionHandlerType ?? Options.ExceptionHandler);
        var response = handler.Handle(exception, this);
        if (response is null)
        {
            Log.UnhandledException(Logger, GetType().Name, exception);
            _unhandledException = true;
            response = Response.Empty(StatusCodes.Status500InternalServerError);
        }
        response.IsException = true;
        return response;
    }

    /// <summary>The challenge of the first authentication class of the view, or null.</summary>
    protected virtual string? GetAuthenticateHeader(Request request)
    {
        var authenticators = GetAuthenticators();
        return authenticators.Count > 0 ? authenticators[0].AuthenticateHeader(request) : null;
    }

    private ILogger Logger => Services.GetService<ILoggerFactory>()?.CreateLogger("RestFramework.Views") ?? Microsoft.Extensions.Logging.Abstractions.NullLogger.Instance;

    /// <summary>
    /// Writes what Django answers when a view raises an exception DRF does not handle: its <c>server_error</c> page, 500,
    /// <c>text/html</c>, <c>&lt;h1&gt;Server Error (500)&lt;/h1&gt;</c>, without the view's <c>Allow</c> and <c>Vary</c>
    /// (the exception leaves DRF before <c>finalize_response</c>) and without anything the view had added.
    /// </summary>
    private async ValueTask WriteServerErrorPageAsync()
    {
        var http = HttpContext.Response;
        http.StatusCode = StatusCodes.Status500InternalServerError;
        http.Headers.Remove(Microsoft.Net.Http.Headers.HeaderNames.Allow);
        http.Headers.Remove(Microsoft.Net.Http.Headers.HeaderNames.Vary);
        http.ContentType = "text/html";
        http.ContentLength = ServerErrorPage.Length;
        if (!string.Equals(Request.Method, HttpMethods.Head, StringComparison.Ordinal))
        {
            await http.Body.WriteAsync(ServerErrorPage, HttpContext.RequestAborted);
        }
    }

    private static readonly byte[] ServerErrorPage = "<h1>Server Error (500)</h1>"u8.ToArray();

    private bool _unhandledException;

    private static partial class Log
    {
        [LoggerMessage(EventId = 1, EventName = "UnhandledException", Level = LogLevel.Error, Message = "Unhandled exception in view {View}")]
        public static partial void UnhandledException(ILogger logger, string view, Exception exception);

        [LoggerMessage(EventId = 2, EventName = "RenderFailed", Level = LogLevel.Error, Message = "Rendering the response of view {View} failed")]
        public static partial void RenderFailed(ILogger logger, string view, Exception exception);
    }
}
