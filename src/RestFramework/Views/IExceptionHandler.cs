// Provides the pluggable exception handler that turns errors into responses.
using RestFramework.Responses;

namespace RestFramework.Views;

/// <summary>Turns an exception raised by a view into a response, or returns null to let it become a 500.</summary>
public interface IExceptionHandler
{
    /// <summary>The response for <paramref name="exception"/>, or null when it is not an API error.</summary>
    Response? Handle(Exception exception, ApiView view);
}
