// Provides the mapping of the browsable API's assets and its login and logout pages.
using Microsoft.AspNetCore.Routing;
using RestFramework.BrowsableApi;

namespace Microsoft.AspNetCore.Builder;

/// <summary>Maps what the browsable API pages link to.</summary>
public static class BrowsableApiEndpointRouteBuilderExtensions
{
    /// <summary>Serves the embedded stylesheet and script at <c>/restframework/static/{file}</c> (GET and HEAD).</summary>
    /// <param name="endpoints">The route builder.</param>
    /// <returns>The endpoint's convention builder.</returns>
    public static IEndpointConventionBuilder MapBrowsableApiAssets(this IEndpointRouteBuilder endpoints) =>
        endpoints.MapMethods(BrowsableApiAssets.PathPrefix + "{file}", ["GET", "HEAD"], BrowsableApiAssets.ServeAsync)
            .WithDisplayName("Browsable API assets");

    /// <summary>
    /// Maps DRF's <c>api-auth/</c> pages: <see cref="BrowsableLoginView"/> at <c>{prefix}login/</c> and <see cref="BrowsableLogoutView"/> at
    /// <c>{prefix}logout/</c>, named <see cref="BrowsableApiRenderer.LoginRouteName"/> and <see cref="BrowsableApiRenderer.LogoutRouteName"/>;
    /// the browsable API shows "Log in" and "Log out" links when they are mapped.
    /// </summary>
    /// <param name="endpoints">The route builder.</param>
    /// <param name="prefix">The path prefix. Defaults to <c>api-auth/</c>.</param>
    /// <returns>The route builder.</returns>
    /// <remarks>Needs session authentication: <c>AddRestFrameworkAuthentication&lt;TDbContext&gt;()</c> and <c>AddRestFrameworkSession()</c>.</remarks>
    public static IEndpointRouteBuilder MapBrowsableApiAuth(this IEndpointRouteBuilder endpoints, string prefix = "api-auth/")
    {
        endpoints.MapView<BrowsableLoginView>(prefix + "login/", BrowsableApiRenderer.LoginRouteName);
        endpoints.MapView<BrowsableLogoutView>(prefix + "logout/", BrowsableApiRenderer.LogoutRouteName);
        return endpoints;
    }
}
