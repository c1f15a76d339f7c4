// Provides the interactive API reference page (Scalar, served from its NuGet package) over the OpenAPI document.
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Routing;
using RestFramework.BrowsableApi;
using Scalar.AspNetCore;

namespace RestFramework.Schemas;

/// <summary>Maps Scalar at the reference path and a named entry point so that the browsable API's navbar links to it.</summary>
internal static class ApiReferencePage
{
    public static void Map(IEndpointRouteBuilder endpoints, string path, string documentPath, string title)
    {
        endpoints.MapScalarApiReference("/" + path, options => options.WithTitle(title).WithOpenApiRoutePattern(documentPath));
        endpoints.MapGet("/" + path + "/index", context =>
        {
            context.Response.Redirect($"{context.Request.PathBase}/{path}");
            return Task.CompletedTask;
        }).WithName(OpenApiLink.ReferenceRouteName).WithDisplayName("API reference");
    }
}
