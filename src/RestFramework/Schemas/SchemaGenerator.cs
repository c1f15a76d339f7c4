// Provides the OpenAPI 3.1 document of an app's routed viewsets, built from their serializers, paginators, filters and authentication.
using System.Reflection;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Microsoft.OpenApi;
using RestFramework.Settings;
using RestFramework.ViewSets;
using RestFramework.Views;

namespace RestFramework.Schemas;

/// <summary>
/// DRF's <c>SchemaGenerator</c> with <c>AutoSchema</c>: one path per router route (format-suffix variants left out), one operation per
/// method and action, serializer components, pagination and filter query parameters, and the authentication classes as security schemes.
/// </summary>
/// <remarks>
/// The serializer of an operation is the view's <c>GetSerializerType()</c> (or the extra action's), read without a request, so a
/// <c>GetSerializerType</c> that switches on <c>Action</c> or <c>Request</c> is seen with neither. Plain views mapped with <c>MapView</c>
/// and the API root are not described, as DRF leaves the root out.
/// </remarks>
/// <param name="endpoints">The app's endpoints.</param>
/// <param name="services">The app's services, for the views, policies and the EF Core model.</param>
/// <param name="options">The framework settings.</param>
public sealed partial class SchemaGenerator(EndpointDataSource endpoints, IServiceProvider services, IOptions<RestFrameworkOptions> options)
{
    private static readonly string[] MethodOrder = ["GET", "POST", "PUT", "PATCH", "DELETE"];

    /// <summary>Builds the document for <paramref name="version"/> (null: every route, with <see cref="OpenApiDocumentSettings.Version"/>).</summary>
    /// <param name="settings">The document's title, description and default version.</param>
    /// <param name="version">The API version whose routes to describe; a <c>{version}</c> path parameter is filled with it.</param>
    /// <returns>The document.</returns>
    public OpenApiDocument GetSchema(OpenApiDocumentSettings settings, string? version = null)
    {
        ArgumentNullException.ThrowIfNull(settings);
        var document = new OpenApiDocument
        {
            Info = new OpenApiInfo { Title = settings.Title, Version = version ?? settings.Version, Description = settings.Description },
            Paths = new OpenApiPaths(),
            Components = new OpenApiComponents { Schemas = new Dictionary<string, IOpenApiSchema>() },
        };
        var schemas = new FieldSchemas(document, options.Value.CoerceDecimalToString);
        using var scope = services.CreateScope();
        var operationIds = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var endpoint in endpoints.Endpoints.OfType<RouteEndpoint>().OrderBy(e => e.Order))
        {
            if (HasParameter(endpoint, options.Value.FormatSuffixKwarg))
            {
                continue;
            }
            if (endpoint.Metadata.GetMetadata<ViewSetRoute>() is not { } route)
            {
                if (endpoint.Metadata.GetMetadata<ViewEndpointMetadata>() is { } plain && !plain.ViewType.IsDefined(typeof(ExcludeFromSchemaAttribute), inherit: true)
                    && PathOf(endpoint, version) is { } plainPath && !document.Paths.ContainsKey(plainPath))
                {
                    document.Paths[plainPath] = PlainPathItem(document, plain.ViewType, endpoint, version);
                }
                continue;
            }
            var path = PathOf(endpoint, version);
            if (path is null || document.Paths.ContainsKey(path))
            {
                continue;
            }
            var item = new OpenApiPathItem();
            var view = CreateView(scope.ServiceProvider, route);
            foreach (var method in MethodOrder)
            {
                if (route.ActionFor(method) is not { } action)
                {
                    continue;
                }
                var operation = BuildOperation(document, schemas, scope.ServiceProvider, view, route, endpoint, method, action, version);
                // DRF warns of duplicate operation ids; numbering them keeps the document valid.
                var seen = operationIds[operation.OperationId!] = operationIds.GetValueOrDefault(operation.OperationId!) + 1;
                if (seen > 1)
                {
                    operation.OperationId += seen.ToString(System.Globalization.CultureInfo.InvariantCulture);
                }
                (item.Operations ??= new Dictionary<HttpMethod, OpenApiOperation>())[new HttpMethod(method)] = operation;
            }
            if (item.Operations is { Count: > 0 })
            {
                document.Paths[path] = item;
            }
        }
        return document;
    }

    private string? PathOf(RouteEndpoint endpoint, string? version)
    {
        var segments = new List<string>();
        foreach (var segment in endpoint.RoutePattern.PathSegments)
        {
            var text = string.Concat(segment.Parts.Select(part => part switch
            {
                Microsoft.AspNetCore.Routing.Patterns.RoutePatternLiteralPart literal => literal.Content,
                Microsoft.AspNetCore.Routing.Patterns.RoutePatternParameterPart parameter when parameter.Name == options.Value.VersionParam && version is not null => version,
                Microsoft.AspNetCore.Routing.Patterns.RoutePatternParameterPart parameter => "{" + parameter.Name + "}",
                Microsoft.AspNetCore.Routing.Patterns.RoutePatternSeparatorPart separator => separator.Content,
                _ => string.Empty,
            }));
            segments.Add(text);
        }
        var raw = endpoint.RoutePattern.RawText ?? string.Empty;
        var path = "/" + string.Join('/', segments) + (raw.EndsWith('/') && segments.Count > 0 ? "/" : string.Empty);
        if (version is not null && options.Value.AllowedVersions is { Count: > 0 } allowed && !allowed.Contains(version))
        {
            return null;
        }
        return path.Replace("//", "/", StringComparison.Ordinal);
    }

    private static bool HasParameter(RouteEndpoint endpoint, string name) => endpoint.RoutePattern.Parameters.Any(p => p.Name == name);

    private static ApiView CreateView(IServiceProvider provider, ViewSetRoute route)
    {
        var view = (ApiView)ActivatorUtilities.CreateInstance(provider, route.Descriptor.ViewSetType);
        ((IRoutableViewSet)view).Bind(route);
        return view;
    }

    /// <summary>Reads a public property of the view by name (reflection, once per document).</summary>
    private static T? Property<T>(ApiView view, string name) =>
        view.GetType().GetProperty(name, BindingFlags.Public | BindingFlags.Instance) is { } property && property.GetValue(view) is T value ? value : default;
}
