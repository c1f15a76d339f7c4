// Provides the breadcrumbs of a page: each prefix of the URL path that routes to a view, named after it.
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.AspNetCore.Routing.Patterns;
using Microsoft.AspNetCore.Routing.Template;
using Microsoft.Extensions.DependencyInjection;
using RestFramework.ViewSets;
using RestFramework.Views;

namespace RestFramework.BrowsableApi;

/// <summary>DRF's <c>get_breadcrumbs</c>: walks the path's prefixes ending in <c>/</c> and keeps those that resolve to an endpoint.</summary>
internal static class Breadcrumbs
{
    public static void Write(HtmlWriter html, HttpContext context, string currentName)
    {
        var crumbs = For(context, currentName);
        html.Raw("<nav aria-label=\"breadcrumb\"><ul class=\"breadcrumb\">");
        for (var i = 0; i < crumbs.Count; i++)
        {
            var (name, url) = crumbs[i];
            if (i == crumbs.Count - 1)
            {
                html.Raw("<li class=\"active\" aria-current=\"page\"><a").Attr("href", url).Raw(">").Text(name).Raw("</a></li>");
            }
            else
            {
                html.Raw("<li><a").Attr("href", url).Raw(">").Text(name).Raw("</a></li>");
            }
        }
        html.Raw("</ul></nav>");
    }

    /// <summary>The (name, URL) pairs from the root to the current page.</summary>
    public static IReadOnlyList<(string Name, string Url)> For(HttpContext context, string currentName)
    {
        var path = context.Request.Path.Value ?? "/";
        var pathBase = context.Request.PathBase.Value ?? string.Empty;
        var endpoints = context.RequestServices.GetService<EndpointDataSource>()?.Endpoints ?? [];
        var crumbs = new List<(string, string)>();
        for (var end = path.IndexOf('/', 0); end >= 0 && end < path.Length - 1; end = path.IndexOf('/', end + 1))
        {
            var prefix = path[..(end + 1)];
            if (NameOf(endpoints, prefix, context.RequestServices) is { } name)
            {
                crumbs.Add((name, pathBase + prefix));
            }
        }
        crumbs.Add((currentName, pathBase + path));
        return crumbs;
    }

    private static string? NameOf(IReadOnlyList<Endpoint> endpoints, string path, IServiceProvider services)
    {
        foreach (var endpoint in endpoints)
        {
            if (endpoint is not RouteEndpoint route || !Matches(route.RoutePattern, path))
            {
                continue;
            }
            var display = endpoint.DisplayName ?? string.Empty;
            var space = display.IndexOf(' ', StringComparison.Ordinal);
            if (space <= 0)
            {
                continue;
            }
            var derived = ViewNames.FromTypeName(display[..space]);
            if (endpoint.Metadata.GetMetadata<ViewSetRoute>() is { } viewSetRoute)
            {
                return viewSetRoute.Name ?? (viewSetRoute.Suffix is { Length: > 0 } suffix ? $"{derived} {suffix}" : derived);
            }
            // A plain view names itself, as DRF instantiates the view class to ask it.
            if (endpoint.Metadata.GetMetadata<ViewEndpointMetadata>() is { } plain)
            {
                return ((ApiView)ActivatorUtilities.CreateInstance(services, plain.ViewType)).GetViewName();
            }
            return derived;
        }
        return null;
    }

    private static bool Matches(RoutePattern pattern, string path)
    {
        var matcher = new TemplateMatcher(new RouteTemplate(pattern), new RouteValueDictionary());
        return matcher.TryMatch(path, new RouteValueDictionary());
    }
}
