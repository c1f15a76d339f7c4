// Provides the end of the pipeline: the view's headers are merged and the negotiated renderer writes the response.
using System.Buffers;
using Microsoft.AspNetCore.Http;
using Microsoft.Net.Http.Headers;
using RestFramework.Renderers;
using RestFramework.Responses;

namespace RestFramework.Views;

public abstract partial class ApiView
{
    /// <summary>Renders <paramref name="response"/> with the negotiated renderer (the first one when negotiation failed).</summary>
    protected virtual async ValueTask FinalizeResponseAsync(Response response)
    {
        if (_unhandledException)
        {
            await WriteServerErrorPageAsync();
            return;
        }
        var request = Request;
        if (request.AcceptedRenderer is null)
        {
            var first = GetRenderers()[0];
            request.AcceptedRenderer = first;
            request.AcceptedMediaType = first.MediaType;
        }
        var http = HttpContext.Response;
        http.StatusCode = response.Status;
        if (response.HasHeaders)
        {
            foreach (var (key, value) in response.Headers)
            {
                http.Headers[key] = value;
            }
        }
        if (GetRenderers().Count > 1)
        {
            http.Headers.Vary = MergeVary(http.Headers.Vary, "Accept");
        }
        http.Headers.Allow = AllowHeader;
        if (_defaultResponseHeaders is not null)
        {
            foreach (var (key, value) in _defaultResponseHeaders)
            {
                http.Headers[key] = key == HeaderNames.Vary ? MergeVary(http.Headers.Vary, value) : value;
            }
        }

        var renderer = request.AcceptedRenderer;
        using var buffer = new PooledBufferWriter();
        try
        {
            var context = new RendererContext(request, this, response, request.AcceptedMediaType!);
            if (_cacheHit is { } hit)
            {
                buffer.Write(hit.Body);
            }
            else if (renderer is IAsyncRenderer asyncRenderer)
            {
                await asyncRenderer.RenderAsync(response.Data, context, buffer);
            }
            else
            {
                renderer.Render(response.Data, context, buffer);
            }
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            if (response.HasHeaders)
            {
                foreach (var key in response.Headers.Keys)
                {
                    http.Headers.Remove(key);
                }
            }
            if (await TryWriteDatabaseUnavailableAsync(ex))
            {
                return;
            }
            Log.RenderFailed(Logger, GetType().Name, ex);
            await WriteServerErrorPageAsync();
            return;
        }
        if (await ApplyCachingAsync(response, buffer))
        {
            return;
        }
        if (buffer.WrittenCount == 0)
        {
            http.ContentLength = 0;
            return;
        }
        http.ContentType ??= response.ContentType ?? (renderer.Charset is null ? renderer.MediaType : $"{renderer.MediaType}; charset={renderer.Charset}");
        http.ContentLength = buffer.WrittenCount;
        // Only "HEAD" itself has no body on the wire: a server answers "head" (handled as HEAD, as Django does) with one.
        if (!string.Equals(request.Method, HttpMethods.Head, StringComparison.Ordinal))
        {
            await http.Body.WriteAsync(buffer.WrittenMemory, HttpContext.RequestAborted);
        }
    }

    private static string MergeVary(string? existing, string? added)
    {
        if (string.IsNullOrEmpty(existing))
        {
            return added ?? string.Empty;
        }
        var present = existing.Split(',', StringSplitOptions.TrimEntries);
        var extra = (added ?? string.Empty).Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)
            .Where(v => !present.Contains(v, StringComparer.OrdinalIgnoreCase));
        return string.Join(", ", present.Concat(extra));
    }
}
