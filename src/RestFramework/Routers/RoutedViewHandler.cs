// Provides the request delegate of routed views (viewsets, the API root, function views): slash handling, a view per request, dispatch.
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Options;
using RestFramework.Settings;
using RestFramework.Views;

namespace RestFramework.Routers;

/// <summary>Builds one view per request with <paramref name="create"/> and dispatches it, with Django's <c>APPEND_SLASH</c> behaviour.</summary>
/// <param name="create">Makes the view of a request, bound to its route.</param>
/// <param name="options">The settings.</param>
/// <param name="trailingSlash">Whether the route's path ends with a slash: requests without it are redirected (301); with false, requests with one get 404.</param>
internal sealed class RoutedViewHandler(Func<HttpContext, ApiView> create, IOptions<RestFrameworkOptions> options, bool trailingSlash)
{
    public Task InvokeAsync(HttpContext context)
    {
        var settings = options.Value;
        if (TrailingSlash.TryAnswer(context, trailingSlash, settings))
        {
            return Task.CompletedTask;
        }
        return create(context).DispatchAsync(context, settings);
    }
}
