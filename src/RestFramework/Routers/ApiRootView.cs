// Provides ApiRootView, DRF's APIRootView: DefaultRouter's root listing each registered prefix with its absolute list URL.
using RestFramework.Requests;
using RestFramework.Responses;
using RestFramework.Schemas;
using RestFramework.Views;

namespace RestFramework.Routers;

/// <summary>The default basic root view for DefaultRouter: <c>{"questions": "http://host/api/questions/", ...}</c> in registration order.</summary>
/// <remarks>
/// Prefixes without a list route are left out; a format suffix (<c>/api/.json</c>) is kept in the URLs. It uses the default permission
/// classes, and is left out of the OpenAPI document (DRF's <c>schema = None</c>). Subclass it and set <c>DefaultRouter.RootViewType</c> to change it.
/// </remarks>
[ExcludeFromSchema]
public class ApiRootView : ApiView
{
    /// <summary>The prefixes and the route names of their list routes, in registration order.</summary>
    protected internal IReadOnlyList<KeyValuePair<string, string>> ApiRootDict { get; internal set; } = [];

    /// <summary>Lists the absolute URL of each prefix's list route.</summary>
    /// <param name="request">The request.</param>
    /// <returns>The prefixes and URLs.</returns>
    protected override ValueTask<Response> GetAsync(Request request)
    {
        var urls = new OrderedDictionary<string, object?>(StringComparer.Ordinal);
        foreach (var (prefix, routeName) in ApiRootDict)
        {
            try
            {
                urls[prefix] = Urls.Reverse(routeName, null, request, FormatKwarg);
            }
            catch (NoReverseMatch)
            {
                // DRF skips prefixes that have no list route (only detail routes).
            }
        }
        return ValueTask.FromResult(new Response(urls));
    }

    /// <summary>DRF's docstring of APIRootView.</summary>
    /// <returns>The description.</returns>
    public override string GetViewDescription() => "The default basic root view for DefaultRouter";
}
