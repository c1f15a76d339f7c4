// Provides the mounting of routers onto ASP.NET Core endpoint routing.
using Microsoft.AspNetCore.Routing;
using RestFramework.Routers;

namespace Microsoft.AspNetCore.Builder;

/// <summary>Mounts routers, as Django's <c>path("api/", include(router.urls))</c>.</summary>
public static class RouterEndpointRouteBuilderExtensions
{
    /// <summary>Maps every route of <paramref name="router"/> under <paramref name="prefix"/>.</summary>
    /// <param name="endpoints">The route builder.</param>
    /// <param name="prefix">The mount point, a route template such as <c>api</c> or <c>api/{version}</c> (URL path versioning).</param>
    /// <param name="router">The router.</param>
    /// <returns>The route group, for conventions that apply to all its endpoints.</returns>
    public static RouteGroupBuilder MapRouter(this IEndpointRouteBuilder endpoints, string prefix, SimpleRouter router)
    {
        var group = endpoints.MapGroup(prefix);
        router.MapEndpoints(group);
        return group;
    }

    /// <summary>Maps every route of <paramref name="router"/> at the root of the app.</summary>
    /// <param name="endpoints">The route builder.</param>
    /// <param name="router">The router.</param>
    /// <returns>The route group.</returns>
    public static RouteGroupBuilder MapRouter(this IEndpointRouteBuilder endpoints, SimpleRouter router) => endpoints.MapRouter(string.Empty, router);
}
