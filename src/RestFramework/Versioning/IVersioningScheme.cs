// Provides pluggable API versioning.
using Microsoft.AspNetCore.Routing;
using RestFramework.Requests;

namespace RestFramework.Versioning;

/// <summary>A versioning scheme: reads the version from the request, before authentication, and takes part in URL reversal.</summary>
public interface IVersioningScheme
{
    /// <summary>The version the request asks for, or the default; throws <c>NotFound</c> or <c>NotAcceptable</c> for a version that is not allowed.</summary>
    string? DetermineVersion(Request request);

    /// <summary>Adjusts a reversal before the URL is generated: URL path versioning adds the version to <paramref name="values"/>, namespace versioning prefixes the route name.</summary>
    /// <returns>The route name to reverse.</returns>
    string PrepareReverse(Request request, string routeName, RouteValueDictionary values) => routeName;

    /// <summary>Adjusts a reversed URL: query parameter versioning adds <c>?version=</c>.</summary>
    /// <returns>The final URL.</returns>
    string CompleteReverse(Request request, string url) => url;
}
