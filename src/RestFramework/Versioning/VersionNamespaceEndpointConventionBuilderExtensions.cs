// Provides WithNamespace, which puts a route group's endpoints in a version namespace.
using Microsoft.AspNetCore.Routing;
using RestFramework.Versioning;

namespace Microsoft.AspNetCore.Builder;

/// <summary>Puts endpoints in a namespace, as Django's <c>include(..., namespace="v1")</c>.</summary>
public static class VersionNamespaceEndpointConventionBuilderExtensions
{
    /// <summary>
    /// Adds <see cref="VersionNamespaceMetadata"/> to every endpoint of <paramref name="builder"/> and prefixes their route names with
    /// <c>{namespace}:</c>, so <c>api.MapGroup("v1").WithNamespace("v1").MapView&lt;ItemsView&gt;("items/", "item-list")</c> is reversed as
    /// <c>v1:item-list</c>.
    /// </summary>
    /// <typeparam name="TBuilder">The builder type.</typeparam>
    /// <param name="builder">A route group or an endpoint.</param>
    /// <param name="namespace">The namespace, such as <c>v1</c>.</param>
    /// <returns>The builder.</returns>
    public static TBuilder WithNamespace<TBuilder>(this TBuilder builder, string @namespace)
        where TBuilder : IEndpointConventionBuilder
    {
        ArgumentException.ThrowIfNullOrEmpty(@namespace);
        builder.Add(endpoint => endpoint.Metadata.Add(new VersionNamespaceMetadata(@namespace)));
        builder.Finally(endpoint =>
        {
            for (var i = 0; i < endpoint.Metadata.Count; i++)
            {
                switch (endpoint.Metadata[i])
                {
                    case EndpointNameMetadata name:
                        endpoint.Metadata[i] = new EndpointNameMetadata(@namespace + ":" + name.EndpointName);
                        break;
                    case RouteNameMetadata route when route.RouteName is not null:
                        endpoint.Metadata[i] = new RouteNameMetadata(@namespace + ":" + route.RouteName);
                        break;
                }
            }
        });
        return builder;
    }
}
