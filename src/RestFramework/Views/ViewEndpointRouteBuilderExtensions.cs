// Provides the mapping of an ApiView onto ASP.NET Core endpoint routing.
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using RestFramework.Settings;
using RestFramework.Views;

namespace Microsoft.AspNetCore.Builder;

/// <summary>Maps views onto endpoint routing.</summary>
public static class ViewEndpointRouteBuilderExtensions
{
    /// <summary>Maps <typeparamref name="TView"/> at <paramref name="pattern"/> for every HTTP method.</summary>
    /// <param name="endpoints">The route builder.</param>
    /// <param name="pattern">A route template such as <c>api/study-plan/</c>; a trailing slash makes requests without it redirect (301), as Django's <c>APPEND_SLASH</c>.</param>
    /// <param name="name">The route name used for URL reversal, or null.</param>
    /// <returns>The endpoint's convention builder.</returns>
    public static IEndpointConventionBuilder MapView<TView>(this IEndpointRouteBuilder endpoints, string pattern, string? name = null)
        where TView : ApiView => endpoints.MapView(typeof(TView), pattern, name);

    /// <summary>Maps the view type <paramref name="viewType"/> at <paramref name="pattern"/> for every HTTP method.</summary>
    /// <param name="endpoints">The route builder.</param>
    /// <param name="viewType">A concrete <see cref="ApiView"/> type.</param>
    /// <param name="pattern">A route template; see <see cref="MapView{TView}"/>.</param>
    /// <param name="name">The route name used for URL reversal, or null.</param>
    /// <returns>The endpoint's convention builder.</returns>
    public static IEndpointConventionBuilder MapView(this IEndpointRouteBuilder endpoints, Type viewType, string pattern, string? name = null)
    {
        var handler = ViewHandler.Create(viewType, endpoints.ServiceProvider.GetRequiredService<IOptions<RestFrameworkOptions>>(), TrailingSlash.Of(pattern));
        var builder = endpoints.Map(pattern, handler.InvokeAsync);
        builder.WithDisplayName($"{viewType.Name} {pattern}");
        builder.WithMetadata(new ViewEndpointMetadata(viewType));
        if (name is not null)
        {
            builder.WithName(name);
        }
        return builder;
    }
}
