// Provides one endpoint a router maps: its template, name, constraints and view factory.
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using RestFramework.Views;
using RestFramework.ViewSets;

namespace RestFramework.Routers;

/// <summary>An endpoint to map: DRF's <c>re_path(regex, view, name=...)</c>.</summary>
/// <param name="Template">The route template, relative to the router's mount point.</param>
/// <param name="Name">The route name.</param>
/// <param name="TrailingSlash">Whether the path must end with a slash.</param>
/// <param name="Policies">Route constraints by parameter, or null.</param>
/// <param name="ViewType">The view type, for display.</param>
/// <param name="Create">Makes the view of a request.</param>
/// <param name="Route">The viewset route, or null for the API root.</param>
/// <param name="FormatOrder">The endpoint order of the format variant: -1 for list extra actions, whose <c>recent.{format}</c> would otherwise tie with <c>{pk}.{format}</c> (DRF's first match wins).</param>
internal sealed record RouteSpec(
    string Template,
    string Name,
    bool TrailingSlash,
    RouteValueDictionary? Policies,
    Type ViewType,
    Func<HttpContext, ApiView> Create,
    ViewSetRoute? Route,
    int FormatOrder = 0);
