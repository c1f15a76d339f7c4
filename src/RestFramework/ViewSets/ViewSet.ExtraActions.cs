// Provides the extra action links of ViewSet, DRF's get_extra_action_url_map (the browsable API's "Extra Actions" menu).
using RestFramework.Routers;
using RestFramework.Views;

namespace RestFramework.ViewSets;

public abstract partial class ViewSet
{
    /// <summary>
    /// The view name and absolute URL of each extra action of the same kind (detail or list) as the current route, sorted by action name;
    /// actions whose URL needs values the request does not have are left out. Empty when the viewset is not routed by a router.
    /// </summary>
    /// <returns>View name to URL.</returns>
    public IReadOnlyDictionary<string, string> GetExtraActionUrlMap()
    {
        var urls = new OrderedDictionary<string, string>(StringComparer.Ordinal);
        if (_route is not { Basename.Length: > 0 } route)
        {
            return urls;
        }
        var typeName = ViewNames.FromTypeName(GetType().Name);
        foreach (var action in route.Descriptor.ExtraActions.Where(a => a.Detail == route.Detail))
        {
            try
            {
                var url = Urls.Reverse($"{route.Basename}-{action.UrlName}", null, Request);
                urls[action.ViewName ?? $"{typeName} {action.Attribute.Suffix}"] = url;
            }
            catch (NoReverseMatch)
            {
                // DRF skips actions whose URL needs further arguments.
            }
        }
        return urls;
    }
}
