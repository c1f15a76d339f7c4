// Provides the mapping of SimpleRouter's routes onto ASP.NET Core endpoints, with format suffix variants.
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.AspNetCore.Routing.Patterns;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using RestFramework.Settings;
using RestFramework.Views;

namespace RestFramework.Routers;

public partial class SimpleRouter
{
    /// <summary>Maps every route onto <paramref name="endpoints"/>, with format suffix variants when the router has them.</summary>
    internal void MapEndpoints(IEndpointRouteBuilder endpoints)
    {
        var options = endpoints.ServiceProvider.GetRequiredService<IOptions<RestFrameworkOptions>>();
        var formatKwarg = options.Value.FormatSuffixKwarg;
        foreach (var spec in GetRouteSpecs().Concat(GetExtraRouteSpecs()))
        {
            Map(endpoints, options, spec, spec.Template, spec.Name, spec.Policies, order: 0);
            if (IncludeFormatSuffixesCore)
            {
                var policies = new RouteValueDictionary(spec.Policies) { [formatKwarg] = new FullMatchConstraint(FormatSuffixes.ValuePattern) };
                Map(endpoints, options, spec, FormatSuffixes.Template(spec.Template, formatKwarg), FormatSuffixes.RouteName(spec.Name), policies, spec.FormatOrder);
            }
        }
    }

    private static void Map(
        IEndpointRouteBuilder endpoints, IOptions<RestFrameworkOptions> options, RouteSpec spec, string template, string name, RouteValueDictionary? policies, int order)
    {
        var handler = new RoutedViewHandler(spec.Create, options, spec.TrailingSlash);
        var pattern = RoutePatternFactory.Parse(template, defaults: null, parameterPolicies: policies);
        var builder = endpoints.Map(pattern, handler.InvokeAsync).WithName(name).WithDisplayName($"{spec.ViewType.Name} {template}");
        // A viewset route carries its route; a plain view (the API root) its type, as MapView endpoints do.
        builder.WithMetadata(spec.Route is not null ? spec.Route : new ViewEndpointMetadata(spec.ViewType));
        if (order != 0)
        {
            builder.Add(endpoint => ((RouteEndpointBuilder)endpoint).Order = order);
        }
    }

    /// <summary>A factory of <paramref name="viewType"/> instances with the request's services.</summary>
    internal static Func<HttpContext, ApiView> Factory(Type viewType)
    {
        var factory = ActivatorUtilities.CreateFactory(viewType, Type.EmptyTypes);
        return context => (ApiView)factory(context.RequestServices, null);
    }
}
