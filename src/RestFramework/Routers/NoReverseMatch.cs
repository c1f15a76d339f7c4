// Provides NoReverseMatch, Django's error for a route name or values that no route can produce.
namespace RestFramework.Routers;

/// <summary>No route has the name, or the route cannot be built from the values given (Django's <c>NoReverseMatch</c>).</summary>
/// <param name="message">What failed to reverse.</param>
public sealed class NoReverseMatch(string message) : InvalidOperationException(message);
