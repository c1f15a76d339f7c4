// Provides URL reversal by route name, DRF's reverse(): absolute with a request, versioned, keeping ?format=.
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using RestFramework.Requests;
using RestFramework.Settings;

namespace RestFramework.Routers;

/// <summary>Builds URLs from route names (<c>question-list</c>, <c>question-detail</c>) through ASP.NET Core's <see cref="LinkGenerator"/>.</summary>
public static class Urls
{
    private static readonly LinkOptions WithSlash = new() { AppendTrailingSlash = true };

    /// <summary>
    /// DRF's <c>reverse(viewname, kwargs, request, format)</c>: the absolute URL of the route named <paramref name="routeName"/>.
    /// </summary>
    /// <remarks>
    /// The request's versioning scheme takes part (<c>PrepareReverse</c> may add the version or rename the route, <c>CompleteReverse</c> may add
    /// a query parameter; when the versioned reversal fails the plain one is used, as DRF). Route values of the current request, such as
    /// <c>version</c>, carry over as ambient values. A <c>?format=</c> of the request is kept. With <paramref name="format"/>, the route's
    /// format suffix variant is used (<c>questions.json</c>), which DefaultRouter maps.
    /// </remarks>
    /// <param name="routeName">The route name.</param>
    /// <param name="values">Route values: an anonymous object, a dictionary or a <see cref="RouteValueDictionary"/>.</param>
    /// <param name="request">The current request, whose scheme, host and path base make the URL absolute.</param>
    /// <param name="format">A format suffix, such as <c>json</c>, or null.</param>
    /// <returns>The absolute URL.</returns>
    /// <exception cref="NoReverseMatch">No route has the name, or its values do not fit.</exception>
    public static string Reverse(string routeName, object? values, Request request, string? format = null)
    {
        var http = request.HttpContext;
        var links = http.RequestServices.GetRequiredService<LinkGenerator>();
        var addresses = http.RequestServices.GetRequiredService<IEndpointAddressScheme<string>>();
        string url;
        if (request.VersioningScheme is { } scheme)
        {
            var versioned = new RouteValueDictionary(values);
            var versionedName = scheme.PrepareReverse(request, routeName, versioned);
            var path = TryPath(links, addresses, http, versionedName, versioned, format, request.Options.FormatSuffixKwarg);
            url = path is null
                ? request.BuildAbsoluteUri(Path(links, addresses, http, routeName, values, format, request.Options.FormatSuffixKwarg))
                : scheme.CompleteReverse(request, request.BuildAbsoluteUri(path));
        }
        else
        {
            url = request.BuildAbsoluteUri(Path(links, addresses, http, routeName, values, format, request.Options.FormatSuffixKwarg));
        }
        return PreserveBuiltinQueryParams(url, request);
    }

    /// <summary>The path of the route named <paramref name="routeName"/>, without a request (DRF's <c>reverse</c> without one).</summary>
    /// <param name="services">The app's services (<c>app.Services</c>).</param>
    /// <param name="routeName">The route name.</param>
    /// <param name="values">Route values.</param>
    /// <param name="format">A format suffix, or null.</param>
    /// <returns>The path, such as <c>/api/questions/1/</c>.</returns>
    /// <exception cref="NoReverseMatch">No route has the name, or its values do not fit.</exception>
    public static string Reverse(IServiceProvider services, string routeName, object? values = null, string? format = null) =>
        Path(services.GetRequiredService<LinkGenerator>(), services.GetRequiredService<IEndpointAddressScheme<string>>(), null, routeName, values, format,
            services.GetRequiredService<IOptions<RestFrameworkOptions>>().Value.FormatSuffixKwarg);

    private static string Path(
        LinkGenerator links, IEndpointAddressScheme<string> addresses, HttpContext? http, string routeName, object? values, string? format, string formatKwarg) =>
        TryPath(links, addresses, http, routeName, new RouteValueDictionary(values), format, formatKwarg)
        ?? throw NotFound(addresses, routeName, values, format);

    private static string? TryPath(
        LinkGenerator links, IEndpointAddressScheme<string> addresses, HttpContext? http, string routeName, RouteValueDictionary values, string? format, string formatKwarg)
    {
        var name = routeName;
        if (format is not null)
        {
            name = FormatSuffixes.RouteName(routeName);
            values[formatKwarg] = format;
        }
        var endpoint = addresses.FindEndpoints(name).FirstOrDefault();
        if (endpoint is null)
        {
            return null;
        }
        var route = endpoint as RouteEndpoint;
        if (http is not null && route is not null)
        {
            // Route values of the current request (such as version) carry over to the parameters not given.
            foreach (var parameter in route.RoutePattern.Parameters)
            {
                if (!values.ContainsKey(parameter.Name) && http.Request.RouteValues.TryGetValue(parameter.Name, out var ambient))
                {
                    values[parameter.Name] = ambient;
                }
            }
        }
        var options = format is null && route?.RoutePattern.RawText is { } raw && raw.EndsWith('/') ? WithSlash : null;
        return http is null
            ? links.GetPathByName(name, values, options: options)
            : links.GetPathByName(http, name, values, options: options);
    }

    private static NoReverseMatch NotFound(IEndpointAddressScheme<string> addresses, string routeName, object? values, string? format)
    {
        if (!addresses.FindEndpoints(routeName).Any())
        {
            return new NoReverseMatch($"Reverse for '{routeName}' not found. '{routeName}' is not a valid view function or pattern name.");
        }
        if (format is not null && !addresses.FindEndpoints(FormatSuffixes.RouteName(routeName)).Any())
        {
            return new NoReverseMatch($"Reverse for '{routeName}' with format '{format}' not found: the route has no format suffix variant (DefaultRouter maps them).");
        }
        var shown = string.Join(", ", new RouteValueDictionary(values).Select(p => $"'{p.Key}': '{p.Value}'"));
        return new NoReverseMatch($"Reverse for '{routeName}' with keyword arguments '{{{shown}}}' not found.");
    }

    // DRF's preserve_builtin_query_params: a ?format= of the request is carried over to the URL.
    private static string PreserveBuiltinQueryParams(string url, Request request)
    {
        var param = request.Options.UrlFormatOverride;
        if (param is not null && request.QueryParams.TryGetValue(param, out var value) && value.Count > 0)
        {
            return QueryStrings.Replace(url, param, value[^1] ?? string.Empty);
        }
        return url;
    }
}
