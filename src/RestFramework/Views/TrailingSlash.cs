// Provides Django's APPEND_SLASH behaviour for mapped views: a missing trailing slash redirects, an extra one is not found.
using Microsoft.AspNetCore.Http;
using RestFramework.Settings;

namespace RestFramework.Views;

/// <summary>Answers requests whose trailing slash does not fit the route, before any view is built.</summary>
internal static class TrailingSlash
{
    /// <summary>True when the request was answered here: 301 to the path with a slash, or 404 for a slash the route does not have.</summary>
    public static bool TryAnswer(HttpContext context, bool routeHasSlash, RestFrameworkOptions settings)
    {
        var path = context.Request.Path.Value ?? string.Empty;
        if (routeHasSlash == path.EndsWith('/') || HasFormatSuffix(context, settings))
        {
            return false;
        }
        if (!routeHasSlash)
        {
            context.Response.StatusCode = StatusCodes.Status404NotFound;
            return true;
        }
        // Django's APPEND_SLASH: a permanent redirect to the same path with a slash.
        context.Response.StatusCode = StatusCodes.Status301MovedPermanently;
        context.Response.Headers.Location = $"{context.Request.PathBase}{path}/{context.Request.QueryString}";
        context.Response.ContentType = "text/html; charset=utf-8";
        context.Response.ContentLength = 0;
        return true;
    }

    private static bool HasFormatSuffix(HttpContext context, RestFrameworkOptions settings) =>
        context.Request.RouteValues.TryGetValue(settings.FormatSuffixKwarg, out var format) && format is string { Length: > 0 };
}
