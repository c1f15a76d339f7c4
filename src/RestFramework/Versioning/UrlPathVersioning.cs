// Provides versioning by a route value of the URL (api/{version}/items/).
using Microsoft.AspNetCore.Routing;
using RestFramework.Exceptions;
using RestFramework.Requests;

namespace RestFramework.Versioning;

/// <summary>DRF's <c>URLPathVersioning</c>: the version is the <c>version</c> route value, as in <c>api/{version:regex(^v[12]$)}/items/</c>.</summary>
/// <remarks>A version that is not allowed gives 404 <c>Invalid version in URL path.</c> Reversal adds the request's version to the route values.</remarks>
public class UrlPathVersioning : BaseVersioning
{
    /// <summary>The detail of the 404 for a version that is not allowed.</summary>
    public const string InvalidVersionMessage = "Invalid version in URL path.";

    /// <inheritdoc />
    public override string? DetermineVersion(Request request)
    {
        var version = request.Kwargs.TryGetValue(GetVersionParam(request), out var value) ? value?.ToString() : null;
        version ??= GetDefaultVersion(request);
        if (!IsAllowedVersion(request, version))
        {
            throw new NotFound(InvalidVersionMessage);
        }
        return version;
    }

    /// <inheritdoc />
    public override string PrepareReverse(Request request, string routeName, RouteValueDictionary values)
    {
        if (request.Version is not null)
        {
            values[GetVersionParam(request)] = request.Version;
        }
        return routeName;
    }
}
