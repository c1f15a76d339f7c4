// Provides the resolution of a URL path to a named route and its values (Django's resolve()).
using System.Collections.Concurrent;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.AspNetCore.Routing.Template;
using Microsoft.Extensions.DependencyInjection;

namespace RestFramework.Relations;

/// <summary>Matches a path against the app's route endpoints, in order; returns the route name and values of the first match.</summary>
internal static class RouteResolver
{
    private static readonly ConcurrentDictionary<RouteEndpoint, TemplateMatcher> Matchers = new();
    private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<EndpointDataSource, ConcurrentDictionary<string, bool>> Slashes = new();

    /// <summary>Whether the route named <paramref name="name"/> ends with a slash (Django-style patterns keep it when reversed).</summary>
    public static bool EndsWithSlash(IServiceProvider services, string name)
    {
        if (services.GetService<EndpointDataSource>() is not { } source)
        {
            return false;
        }
        return Slashes.GetValue(source, static _ => new ConcurrentDictionary<string, bool>()).GetOrAdd(name, static (n, s) =>
            s.Endpoints.OfType<RouteEndpoint>().FirstOrDefault(e => e.Metadata.GetMetadata<IEndpointNameMetadata>()?.EndpointName == n)?.RoutePattern.RawText?.EndsWith('/') == true, source);
    }

    public static (string? Name, RouteValueDictionary Values)? Resolve(IServiceProvider services, string path)
    {
        var source = services.GetService<EndpointDataSource>();
        if (source is null)
        {
            return null;
        }
        foreach (var endpoint in source.Endpoints.OfType<RouteEndpoint>().OrderBy(e => e.Order))
        {
            var matcher = Matchers.GetOrAdd(endpoint, static e =>
                new TemplateMatcher(TemplateParser.Parse(e.RoutePattern.RawText ?? string.Empty), new RouteValueDictionary(e.RoutePattern.Defaults)));
            var values = new RouteValueDictionary();
            if (matcher.TryMatch(new PathString(path), values))
            {
                return (endpoint.Metadata.GetMetadata<IEndpointNameMetadata>()?.EndpointName, values);
            }
        }
        return null;
    }
}
