// Provides the route generation of SimpleRouter: DRF's route table applied to each registered viewset.
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.AspNetCore.Routing.Patterns;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using RestFramework.Settings;
using RestFramework.Views;
using RestFramework.ViewSets;

namespace RestFramework.Routers;

public partial class SimpleRouter
{
    private static readonly (string Method, string Action)[] ListMapping = [("GET", ActionNames.List), ("POST", ActionNames.Create)];

    private static readonly (string Method, string Action)[] DetailMapping =
    [
        ("GET", ActionNames.Retrieve), ("PUT", ActionNames.Update), ("PATCH", ActionNames.PartialUpdate), ("DELETE", ActionNames.Destroy),
    ];

    /// <summary>Whether each route also gets a <c>.{format}</c> variant (DefaultRouter).</summary>
    private protected virtual bool IncludeFormatSuffixesCore => false;

    /// <summary>The endpoints of every registered viewset, in DRF's order.</summary>
    internal IEnumerable<RouteSpec> GetRouteSpecs()
    {
        foreach (var registration in _registry)
        {
            var descriptor = ViewSetDescriptor.For(registration.ViewSetType);
            var create = Factory(registration.ViewSetType);
            var lookup = $"{{{descriptor.LookupUrlKwarg}}}";
            var policies = new RouteValueDictionary { [descriptor.LookupUrlKwarg] = new FullMatchConstraint(descriptor.LookupValueRegex) };
            var extra = descriptor.ExtraActions;

            var list = Bind(descriptor, ListMapping);
            if (list.Count > 0)
            {
                yield return Spec(registration, create, Template(registration.Prefix), "list", null,
                    new ViewSetRoute(descriptor, registration.Basename, detail: false, list, suffix: "List"));
            }
            foreach (var action in extra.Where(a => !a.Detail))
            {
                yield return Spec(registration, create, Template(registration.Prefix, action.UrlPath), action.UrlName, null, ExtraRoute(registration, descriptor, action))
                    with { FormatOrder = -1 };
            }
            var detail = Bind(descriptor, DetailMapping);
            if (detail.Count > 0)
            {
                yield return Spec(registration, create, Template(registration.Prefix, lookup), "detail", policies,
                    new ViewSetRoute(descriptor, registration.Basename, detail: true, detail, suffix: "Instance"));
            }
            foreach (var action in extra.Where(a => a.Detail))
            {
                yield return Spec(registration, create, Template(registration.Prefix, lookup, action.UrlPath), action.UrlName, policies,
                    ExtraRoute(registration, descriptor, action));
            }
        }
    }

    /// <summary>The endpoints added after the viewsets' (DefaultRouter's API root).</summary>
    private protected virtual IEnumerable<RouteSpec> GetExtraRouteSpecs() => [];

    private RouteSpec Spec(
        RouterRegistration registration, Func<HttpContext, ApiView> create, string template, string urlName, RouteValueDictionary? policies, ViewSetRoute route)
    {
        var trailing = TrailingSlash || template == "/";
        return new RouteSpec(template, $"{registration.Basename}-{urlName}", trailing, policies, registration.ViewSetType,
            context =>
            {
                var view = create(context);
                ((IRoutableViewSet)view).Bind(route);
                return view;
            },
            route);
    }

    private static ViewSetRoute ExtraRoute(RouterRegistration registration, ViewSetDescriptor descriptor, ExtraActionDescriptor action) =>
        new(descriptor, registration.Basename, action.Detail, action.Mapping,
            suffix: action.Attribute.Suffix, name: action.ViewName, description: action.Attribute.Description, overrides: action.Attribute);

    private static Dictionary<string, ActionBinding> Bind(ViewSetDescriptor descriptor, (string Method, string Action)[] mapping)
    {
        var bound = new Dictionary<string, ActionBinding>(StringComparer.OrdinalIgnoreCase);
        foreach (var (method, action) in mapping)
        {
            if (descriptor.StandardActions.TryGetValue(action, out var binding))
            {
                bound[method] = binding;
            }
        }
        return bound;
    }

    // DRF joins the parts with '/', adds the trailing slash, and drops the leading slash of an empty prefix.
    private string Template(params string[] parts)
    {
        var path = string.Join('/', parts.Where(p => p.Length > 0));
        return path.Length == 0 ? "/" : TrailingSlash ? path + "/" : path;
    }
}
