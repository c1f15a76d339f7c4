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
    /// Errors the handler does not answer are logged and become a 500 that reveals nothing.
    /// </remarks>
    protected virtual Response HandleException(Exception exception)
    {
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
            response = ServerError();
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

    private static Response ServerError() =>
        new(new OrderedDictionary<string, object?> { ["detail"] = "A server error occurred." }, StatusCodes.Status500InternalServerError);

    private static partial class Log
    {
        [LoggerMessage(EventId = 1, EventName = "UnhandledException", Level = LogLevel.Error, Message = "Unhandled exception in view {View}")]
        public static partial void UnhandledException(ILogger logger, string view, Exception exception);

        [LoggerMessage(EventId = 2, EventName = "RenderFailed", Level = LogLevel.Error, Message = "Rendering the response of view {View} failed")]
        public static partial void RenderFailed(ILogger logger, string view, Exception exception);
    }
}
