// Provides the browsable API: an HTML page for any endpoint, chosen by negotiation for text/html or ?format=api.
using System.Buffers;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http;
using RestFramework.Renderers;

namespace RestFramework.BrowsableApi;

/// <summary>
/// DRF's <c>BrowsableAPIRenderer</c>: renders the response as the JSON renderer would (indented by 4) inside an HTML page with the view's name
/// and description, the request and response, breadcrumbs, pagination links, forms for the methods the user may use, and log in / log out links.
/// </summary>
/// <remarks>
/// Part of <c>DefaultRenderers</c> after <see cref="JsonRenderer"/>; remove it from the setting to turn the browsable API off. Map the
/// page assets with <c>MapBrowsableApiAssets()</c> and the login pages with <c>MapBrowsableApiAuth()</c>. Nothing here runs unless
/// negotiation picked this renderer. As DRF does, a 204 response is sent as 200 so that browsers show the page.
/// </remarks>
public sealed partial class BrowsableApiRenderer : IAsyncRenderer
{
    /// <summary>The route name of the login page mapped by <c>MapBrowsableApiAuth</c> (DRF's <c>rest_framework:login</c>).</summary>
    public const string LoginRouteName = "rest_framework:login";

    /// <summary>The route name of the logout page mapped by <c>MapBrowsableApiAuth</c> (DRF's <c>rest_framework:logout</c>).</summary>
    public const string LogoutRouteName = "rest_framework:logout";

    /// <inheritdoc />
    public string MediaType => "text/html";

    /// <inheritdoc />
    public string Format => "api";

    /// <inheritdoc />
    public string? Charset => "utf-8";

    /// <inheritdoc />
    /// <remarks>The page needs asynchronous work; the pipeline calls <see cref="RenderAsync"/>. This blocks on it for other callers.</remarks>
    public void Render(object? data, RendererContext context, IBufferWriter<byte> output) =>
        RenderAsync(data, context, output).AsTask().GetAwaiter().GetResult();

    /// <inheritdoc />
    public async ValueTask RenderAsync(object? data, RendererContext context, IBufferWriter<byte> output)
    {
        if (context.Request is null || context.View is null)
        {
            Encoding.UTF8.GetBytes(Page.Standalone(RenderContent(data, context)), output);
            return;
        }
        var page = await Page.BuildAsync(data, context);
        Encoding.UTF8.GetBytes(page, output);
        var http = context.Request.HttpContext.Response;
        if (http.StatusCode == StatusCodes.Status204NoContent)
        {
            http.StatusCode = StatusCodes.Status200OK;
        }
    }

    /// <summary>The body as the view's first non-HTML renderer writes it (JSON indented by 4), as text.</summary>
    internal static string RenderContent(object? data, RendererContext context)
    {
        IRenderer renderer = new JsonRenderer();
        foreach (var candidate in context.View?.GetRenderers() ?? [])
        {
            if (candidate is not BrowsableApiRenderer)
            {
                renderer = candidate;
                break;
            }
        }
        var buffer = new ArrayBufferWriter<byte>();
        var mediaType = renderer is JsonRenderer ? "application/json; indent=4" : renderer.MediaType;
        renderer.Render(data, context with { AcceptedMediaType = mediaType }, buffer);
        return Encoding.UTF8.GetString(buffer.WrittenSpan);
    }

    /// <summary>The content parsed as JSON, or null when it is empty or not JSON.</summary>
    internal static JsonNode? ParseContent(string content)
    {
        if (content.Length == 0)
        {
            return null;
        }
        try
        {
            return JsonNode.Parse(content);
        }
        catch (JsonException)
        {
            return null;
        }
    }

    internal static string ContentTypeOf(RendererContext context)
    {
        foreach (var candidate in context.View?.GetRenderers() ?? [])
        {
            if (candidate is not BrowsableApiRenderer)
            {
                return candidate.Charset is null ? candidate.MediaType : $"{candidate.MediaType} ;{candidate.Charset}";
            }
        }
        return "application/json";
    }
}
