// Provides the mapping of a viewset at one route with an explicit action map, DRF's ViewSet.as_view(actions).
using RestFramework.Views;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using RestFramework.Routers;
using RestFramework.Settings;
using RestFramework.ViewSets;

namespace Microsoft.AspNetCore.Builder;

/// <summary>Maps a viewset without a router.</summary>
public static class ViewSetEndpointRouteBuilderExtensions
{
    /// <summary>
    /// Maps <typeparamref name="TViewSet"/> at <paramref name="pattern"/> with <paramref name="actions"/> binding methods to actions, as DRF's
    /// <c>QuestionViewSet.as_view({'get': 'list', 'post': 'create'})</c>.
    /// </summary>
    /// <param name="endpoints">The route builder.</param>
    /// <param name="pattern">A route template; a trailing slash makes requests without it redirect (301).</param>
    /// <param name="actions">HTTP method to action name (<c>list</c>, <c>retrieve</c>, or an extra action's name such as <c>set_age</c>).</param>
    /// <param name="name">The route name, or null.</param>
    /// <param name="detail">Whether the route serves one object (DRF's <c>detail</c> initkwarg).</param>
    /// <param name="basename">The basename used by <c>ReverseAction</c>, or null.</param>
    /// <returns>The endpoint's convention builder.</returns>
    /// <exception cref="InvalidOperationException">The map is empty or names an action the viewset does not implement.</exception>
    public static IEndpointConventionBuilder MapViewSet<TViewSet>(
        this IEndpointRouteBuilder endpoints, string pattern, IReadOnlyDictionary<string, string> actions, string? name = null, bool detail = false,
        string? basename = null)
        where TViewSet : RestFramework.Views.ApiView, IViewSet
    {
        if (actions.Count == 0)
        {
            throw new InvalidOperationException(
                $"The actions argument must be provided when mapping {typeof(TViewSet).Name}. For example new Dictionary<string, string> {{ [\"get\"] = \"list\" }}.");
        }
        var descriptor = ViewSetDescriptor.For(typeof(TViewSet));
        var mapping = new Dictionary<string, ActionBinding>(StringComparer.OrdinalIgnoreCase);
        foreach (var (method, action) in actions)
        {
            mapping[method.ToUpperInvariant()] = Find(descriptor, action);
        }
        var route = new ViewSetRoute(descriptor, basename ?? string.Empty, detail, mapping);
        var create = SimpleRouter.Factory(typeof(TViewSet));
        var options = endpoints.ServiceProvider.GetRequiredService<IOptions<RestFrameworkOptions>>();
        var handler = new RoutedViewHandler(
            context =>
            {
                var view = create(context);
                ((IRoutableViewSet)view).Bind(route);
                return view;
            },
            options, TrailingSlash.Of(pattern));
        var builder = endpoints.Map(pattern, handler.InvokeAsync).WithDisplayName($"{typeof(TViewSet).Name} {pattern}").WithMetadata(route);
        return name is null ? builder : builder.WithName(name);
    }

    private static ActionBinding Find(ViewSetDescriptor descriptor, string action)
    {
        if (descriptor.StandardActions.TryGetValue(action, out var standard))
        {
            return standard;
        }
        return descriptor.ExtraActions.SelectMany(a => a.Mapping.Values).FirstOrDefault(b => b.Action == action)
            ?? throw new InvalidOperationException(
                $"{descriptor.ViewSetType.Name} has no action '{action}': override its standard action method or mark a method with [Action].");
    }
}
