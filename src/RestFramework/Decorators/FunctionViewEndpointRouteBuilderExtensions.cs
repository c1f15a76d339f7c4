// Provides MapApiView, DRF's @api_view: a function with the whole pipeline of a view.
using RestFramework.Views;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using RestFramework.Decorators;
using RestFramework.Requests;
using RestFramework.Responses;
using RestFramework.Routers;
using RestFramework.Settings;

namespace Microsoft.AspNetCore.Builder;

/// <summary>Maps function views: small endpoints with negotiation, authentication, permissions, throttles and DRF's errors.</summary>
public static class FunctionViewEndpointRouteBuilderExtensions
{
    /// <summary>
    /// Maps <paramref name="handler"/> at <paramref name="pattern"/> for <paramref name="methods"/>, as DRF's <c>@api_view(["GET", "POST"])</c>.
    /// </summary>
    /// <remarks>
    /// OPTIONS answers with metadata unless listed; other methods, HEAD included unless listed, get 405 with <c>Allow</c> naming the listed
    /// methods and OPTIONS. Route values are in <c>request.Kwargs</c>.
    /// </remarks>
    /// <param name="endpoints">The route builder.</param>
    /// <param name="pattern">A route template; a trailing slash makes requests without it redirect (301).</param>
    /// <param name="methods">The HTTP methods the handler answers.</param>
    /// <param name="handler">The view function.</param>
    /// <param name="configure">Sets the view's policies (permission, throttle, authentication, renderer and parser classes).</param>
    /// <returns>The endpoint's convention builder (add <c>.WithName("...")</c> to reverse it).</returns>
    public static IEndpointConventionBuilder MapApiView(
        this IEndpointRouteBuilder endpoints, string pattern, IEnumerable<string> methods, Func<Request, ValueTask<Response>> handler,
        Action<FunctionViewOptions>? configure = null) =>
        Map(endpoints, pattern, methods, handler, handler.Method.Name, configure);

    /// <summary>Maps a synchronous view function; see the asynchronous overload.</summary>
    /// <param name="endpoints">The route builder.</param>
    /// <param name="pattern">A route template.</param>
    /// <param name="methods">The HTTP methods the handler answers.</param>
    /// <param name="handler">The view function.</param>
    /// <param name="configure">Sets the view's policies.</param>
    /// <returns>The endpoint's convention builder.</returns>
    public static IEndpointConventionBuilder MapApiView(
        this IEndpointRouteBuilder endpoints, string pattern, IEnumerable<string> methods, Func<Request, Response> handler,
        Action<FunctionViewOptions>? configure = null) =>
        Map(endpoints, pattern, methods, request => ValueTask.FromResult(handler(request)), handler.Method.Name, configure);

    private static IEndpointConventionBuilder Map(
        IEndpointRouteBuilder endpoints, string pattern, IEnumerable<string> methods, Func<Request, ValueTask<Response>> handler, string handlerName,
        Action<FunctionViewOptions>? configure)
    {
        var options = new FunctionViewOptions();
        configure?.Invoke(options);
        var definition = new FunctionViewDefinition(pattern, methods, handler, handlerName, options);
        var settings = endpoints.ServiceProvider.GetRequiredService<IOptions<RestFrameworkOptions>>();
        var routed = new RoutedViewHandler(_ => new FunctionView(definition), settings, TrailingSlash.Of(pattern));
        return endpoints.Map(pattern, routed.InvokeAsync).WithDisplayName($"{definition.Name} {pattern}");
    }
}
