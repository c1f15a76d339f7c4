// Provides versioning by the namespace of the route group the endpoint is mapped in.
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using RestFramework.Exceptions;
using RestFramework.Requests;

namespace RestFramework.Versioning;

/// <summary>
/// DRF's <c>NamespaceVersioning</c>: the version is the namespace of the endpoint, given to a route group with
/// <see cref="Microsoft.AspNetCore.Builder.VersionNamespaceEndpointConventionBuilderExtensions.WithNamespace{TBuilder}"/>.
/// </summary>
/// <remarks>
/// Nested namespaces are tried outermost first and the first allowed one wins; none allowed gives 404
/// <c>Invalid version in URL path. Does not match any version namespace.</c> An endpoint without a namespace gets the default.
/// Reversal prefixes the route name with the version (<c>v1:item-list</c>), as the namespace renamed the group's routes.
/// </remarks>
public class NamespaceVersioning : BaseVersioning
{
    /// <summary>The detail of the 404 for a namespace that names no allowed version.</summary>
    public const string InvalidVersionMessage = "Invalid version in URL path. Does not match any version namespace.";

    /// <inheritdoc />
    public override string? DetermineVersion(Request request)
    {
        var namespaces = request.HttpContext.GetEndpoint()?.Metadata.GetOrderedMetadata<VersionNamespaceMetadata>();
        if (namespaces is null || namespaces.Count == 0)
        {
            return GetDefaultVersion(request);
        }
        foreach (var candidate in namespaces)
        {
            if (IsAllowedVersion(request, candidate.Namespace))
            {
                return candidate.Namespace;
            }
        }
        throw new NotFound(InvalidVersionMessage);
    }

    /// <inheritdoc />
    public override string PrepareReverse(Request request, string routeName, RouteValueDictionary values) =>
        request.Version is null ? routeName : request.Version + ":" + routeName;
}
