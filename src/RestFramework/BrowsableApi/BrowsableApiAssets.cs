// Provides the stylesheet and script of the browsable API, embedded in the library and served without a CDN.
using System.Collections.Frozen;
using Microsoft.AspNetCore.Http;

namespace RestFramework.BrowsableApi;

/// <summary>The embedded assets and the request delegate that serves them under <see cref="PathPrefix"/>.</summary>
internal static class BrowsableApiAssets
{
    /// <summary>Where the assets are served (after the app's path base).</summary>
    public const string PathPrefix = "/restframework/static/";

    private static readonly FrozenDictionary<string, (byte[] Content, string ContentType, string ETag)> Files = Load();

    private static FrozenDictionary<string, (byte[], string, string)> Load()
    {
        var assembly = typeof(BrowsableApiAssets).Assembly;
        var files = new Dictionary<string, (byte[], string, string)>(StringComparer.Ordinal);
        foreach (var (name, contentType) in new[] { ("browsable-api.css", "text/css; charset=utf-8"), ("browsable-api.js", "text/javascript; charset=utf-8") })
        {
            using var stream = assembly.GetManifestResourceStream("RestFramework.BrowsableApi.Assets." + name)
                ?? throw new InvalidOperationException($"The browsable API asset {name} is missing from the assembly.");
            using var memory = new MemoryStream();
            stream.CopyTo(memory);
            var bytes = memory.ToArray();
            var etag = $"\"{Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(bytes))[..16]}\"";
            files[name] = (bytes, contentType, etag);
        }
        return files.ToFrozenDictionary(StringComparer.Ordinal);
    }

    /// <summary>Serves one asset by file name, with an ETag; 404 for unknown names.</summary>
    public static Task ServeAsync(HttpContext context)
    {
        var name = context.Request.RouteValues["file"] as string ?? string.Empty;
        if (!Files.TryGetValue(name, out var file))
        {
            context.Response.StatusCode = StatusCodes.Status404NotFound;
            return Task.CompletedTask;
        }
        context.Response.Headers.ETag = file.ETag;
        context.Response.Headers.CacheControl = "public, max-age=3600";
        if (context.Request.Headers.IfNoneMatch == file.ETag)
        {
            context.Response.StatusCode = StatusCodes.Status304NotModified;
            return Task.CompletedTask;
        }
        context.Response.ContentType = file.ContentType;
        context.Response.ContentLength = file.Content.Length;
        return HttpMethods.IsHead(context.Request.Method) ? Task.CompletedTask : context.Response.Body.WriteAsync(file.Content).AsTask();
    }
}
