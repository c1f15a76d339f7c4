// Provides the serving of the OpenAPI document as JSON and YAML, one per API version, and of the interactive reference page.
using System.Collections.Concurrent;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Microsoft.OpenApi;
using RestFramework.Schemas;
using RestFramework.Settings;

namespace Microsoft.AspNetCore.Builder;

/// <summary>Maps the OpenAPI document of the app's routers.</summary>
public static class OpenApiEndpointRouteBuilderExtensions
{
    /// <summary>
    /// Serves the OpenAPI 3.1 document at <c>/{Path}.json</c> and <c>/{Path}.yaml</c> (every route), and, when <c>AllowedVersions</c> is set,
    /// one document per version at <c>/{Path}/{version}.json</c> and <c>.yaml</c>. Each document is built once, on first request.
    /// </summary>
    /// <param name="endpoints">The route builder.</param>
    /// <param name="configure">Changes to the title, description, version and paths.</param>
    /// <returns>The route builder.</returns>
    public static IEndpointRouteBuilder MapOpenApiDocument(this IEndpointRouteBuilder endpoints, Action<OpenApiDocumentSettings>? configure = null)
    {
        var settings = new OpenApiDocumentSettings();
        configure?.Invoke(settings);
        var path = settings.Path.Trim('/');
        var cache = new ConcurrentDictionary<string, Lazy<OpenApiDocument>>(StringComparer.Ordinal);
        OpenApiDocument Document(HttpContext context, string? version) => cache.GetOrAdd(version ?? string.Empty, key => new Lazy<OpenApiDocument>(() =>
            ActivatorUtilities.CreateInstance<SchemaGenerator>(context.RequestServices).GetSchema(settings, key.Length == 0 ? null : key))).Value;

        endpoints.MapGet($"/{path}.json", context => WriteAsync(context, Document(context, null), OpenApiConstants.Json)).WithDisplayName("OpenAPI document (JSON)");
        endpoints.MapGet($"/{path}.yaml", context => WriteAsync(context, Document(context, null), OpenApiConstants.Yaml)).WithDisplayName("OpenAPI document (YAML)");
        foreach (var format in new[] { OpenApiConstants.Json, OpenApiConstants.Yaml })
        {
            endpoints.MapGet($"/{path}/{{version}}.{format}", context =>
            {
                var version = context.Request.RouteValues["version"] as string ?? string.Empty;
                var allowed = context.RequestServices.GetRequiredService<IOptions<RestFrameworkOptions>>().Value.AllowedVersions;
                if (allowed is not { Count: > 0 } || !allowed.Contains(version))
                {
                    context.Response.StatusCode = StatusCodes.Status404NotFound;
                    return Task.CompletedTask;
                }
                return WriteAsync(context, Document(context, version), format);
            }).WithDisplayName($"OpenAPI document per version ({format})");
        }
        if (settings.ReferencePath is { } reference)
        {
            ApiReferencePage.Map(endpoints, reference.Trim('/'), $"/{path}.json", settings.Title);
        }
        return endpoints;
    }

    private static async Task WriteAsync(HttpContext context, OpenApiDocument document, string format)
    {
        context.Response.ContentType = format == OpenApiConstants.Yaml ? "application/yaml; charset=utf-8" : "application/json; charset=utf-8";
        using var buffer = new MemoryStream();
        await document.SerializeAsync(buffer, OpenApiSpecVersion.OpenApi3_1, format, context.RequestAborted);
        context.Response.ContentLength = buffer.Length;
        await context.Response.Body.WriteAsync(buffer.GetBuffer().AsMemory(0, (int)buffer.Length), context.RequestAborted);
    }
}
