// Provides the layout of a browsable API page: navbar, breadcrumbs, name, description, request, response and forms.
using System.Globalization;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.AspNetCore.Routing;
using RestFramework.Authentication;
using RestFramework.Renderers;
using RestFramework.Requests;
using RestFramework.Views;

namespace RestFramework.BrowsableApi;

/// <summary>One browsable API page, built per HTML response.</summary>
internal sealed partial class Page
{
    private readonly HtmlWriter _html = new();
    private readonly RendererContext _context;
    private readonly Request _request;
    private readonly ApiView _view;
    private readonly string _content;
    private readonly JsonNode? _json;
    private readonly string _staticRoot;

    private Page(RendererContext context, string content)
    {
        _context = context;
        _request = context.Request!;
        _view = context.View!;
        _content = content;
        _json = BrowsableApiRenderer.ParseContent(content);
        _staticRoot = $"{_request.HttpContext.Request.PathBase}{BrowsableApiAssets.PathPrefix}";
    }

    private HttpContext Http => _request.HttpContext;

    private string FullPath => $"{Http.Request.PathBase}{Http.Request.Path}{Http.Request.QueryString}";

    private string PathOnly => $"{Http.Request.PathBase}{Http.Request.Path}";

    public static async Task<string> BuildAsync(object? data, RendererContext context)
    {
        var page = new Page(context, BrowsableApiRenderer.RenderContent(data, context));
        await page.WriteAsync();
        return page._html.ToString();
    }

    /// <summary>A minimal page for a render outside a view.</summary>
    public static string Standalone(string content)
    {
        var html = new HtmlWriter();
        html.Raw("<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>RestFramework</title></head><body><pre>");
        JsonHighlighter.Write(html, content);
        return html.Raw("</pre></body></html>").ToString();
    }

    private async Task WriteAsync()
    {
        var name = _view.GetViewName();
        var status = _context.Response.Status;
        _html.Raw("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><meta name=\"robots\" content=\"NONE,NOARCHIVE\">")
            .Raw("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"><title>").Text(name).Raw(" – ").Text(_request.Options.BrowsableApiBrand).Raw("</title>")
            .Raw("<link rel=\"stylesheet\"").Attr("href", _staticRoot + "browsable-api.css").Raw("></head><body>");
        WriteNavbar();
        _html.Raw("<div class=\"container\">");
        Breadcrumbs.Write(_html, Http, name);
        _html.Raw("<main class=\"content-main\" role=\"main\" aria-label=\"main content\">");
        if (_view is LoginView)
        {
            _html.Raw("<div class=\"page-header\"><h1>").Text(name).Raw("</h1></div>");
            WriteLoginForm();
            _html.Raw("</main></div></body></html>");
            return;
        }
        await WriteToolbarAsync();
        _html.Raw("<div class=\"page-header\"><h1>").Text(name).Raw("</h1></div>");
        if (status is not (StatusCodes.Status401Unauthorized or StatusCodes.Status403Forbidden))
        {
            WriteDescription(_view.GetViewDescription());
        }
        WriteRequestAndResponse(status);
        WritePagination();
        await WriteFormsAsync();
        _html.Raw("</main></div><script").Attr("src", _staticRoot + "browsable-api.js").Raw("></script></body></html>");
    }

    private void WriteNavbar()
    {
        var options = _request.Options;
        _html.Raw("<header class=\"navbar\">");
        if (options.BrowsableApiBrandUrl is { } brandUrl)
        {
            _html.Raw("<a class=\"brand\" rel=\"nofollow\"").Attr("href", brandUrl).Raw(">").Text(options.BrowsableApiBrand).Raw("</a>");
        }
        else
        {
            _html.Raw("<span class=\"brand\">").Text(options.BrowsableApiBrand).Raw("</span>");
        }
        _html.Raw("<nav class=\"navbar-right\">");
        var links = Http.RequestServices.GetService<LinkGenerator>();
        if (links?.GetPathByName(Http, OpenApiLink.ReferenceRouteName, values: null) is { } reference)
        {
            _html.Raw("<a class=\"nav-link\" id=\"api-reference\"").Attr("href", reference).Raw(">API reference</a>");
        }
        var user = _request.User;
        var next = QueryHelpers.AddQueryString(string.Empty, "next", FullPath);
        if (user.IsAuthenticated)
        {
            _html.Raw("<span class=\"nav-user\" id=\"current-user\">").Text(user.UserName).Raw("</span>");
            if (links?.GetPathByName(Http, BrowsableApiRenderer.LogoutRouteName, values: null) is { } logout)
            {
                _html.Raw("<a class=\"nav-link\" id=\"logout-link\"").Attr("href", logout + next).Raw(">Log out</a>");
            }
        }
        else if (links?.GetPathByName(Http, BrowsableApiRenderer.LoginRouteName, values: null) is { } login)
        {
            _html.Raw("<a class=\"nav-link\" id=\"login-link\"").Attr("href", login + next).Raw(">Log in</a>");
        }
        _html.Raw("</nav></header>");
    }

    private void WriteDescription(string description)
    {
        if (string.IsNullOrWhiteSpace(description))
        {
            return;
        }
        _html.Raw("<div class=\"description\">");
        foreach (var paragraph in description.Replace("\r\n", "\n", StringComparison.Ordinal).Split("\n\n", StringSplitOptions.RemoveEmptyEntries))
        {
            _html.Raw("<p>").Text(paragraph.Trim()).Raw("</p>");
        }
        _html.Raw("</div>");
    }

    private void WriteRequestAndResponse(int status)
    {
        _html.Raw("<div class=\"request-info\"><pre class=\"prettyprint\"><b>").Text(_request.Method).Raw("</b> ").Text(FullPath).Raw("</pre></div>");
        _html.Raw("<div class=\"response-info\" aria-label=\"response info\"><pre class=\"prettyprint\"><span class=\"meta\"><b>HTTP ")
            .Text(status.ToString(CultureInfo.InvariantCulture)).Raw(" ").Text(ReasonPhrases.GetReasonPhrase(status)).Raw("</b>\n");
        foreach (var (key, value) in ResponseHeaders())
        {
            _html.Raw("<b>").Text(key).Raw(":</b> <span class=\"lit\">").Text(value).Raw("</span>\n");
        }
        _html.Raw("</span>\n");
        JsonHighlighter.Write(_html, _content);
        _html.Raw("</pre></div>");
    }

    private SortedDictionary<string, string> ResponseHeaders()
    {
        var headers = new SortedDictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var (key, value) in Http.Response.Headers)
        {
            if (!key.Equals("Set-Cookie", StringComparison.OrdinalIgnoreCase))
            {
                headers[key] = value.ToString();
            }
        }
        headers["Content-Type"] = BrowsableApiRenderer.ContentTypeOf(_context);
        return headers;
    }

    private void WritePagination()
    {
        if (_json is not JsonObject envelope || !envelope.ContainsKey("results") || !(envelope.ContainsKey("next") || envelope.ContainsKey("previous")))
        {
            return;
        }
        var previous = LinkOf(envelope, "previous");
        var next = LinkOf(envelope, "next");
        if (previous is null && next is null)
        {
            return;
        }
        _html.Raw("<nav class=\"pagination\" aria-label=\"pagination\">");
        WritePageLink(previous, "previous", "« Previous");
        if (envelope["count"] is JsonValue count)
        {
            _html.Raw("<span class=\"page-count\">").Text(FormValues.Text(count)).Raw(" items</span>");
        }
        WritePageLink(next, "next", "Next »");
        _html.Raw("</nav>");
    }

    private void WritePageLink(string? url, string rel, string label)
    {
        if (url is null)
        {
            _html.Raw("<span class=\"page-link disabled\">").Text(label).Raw("</span>");
            return;
        }
        _html.Raw("<a class=\"page-link\"").Attr("rel", rel).Attr("id", rel + "-page").Attr("href", url).Raw(">").Text(label).Raw("</a>");
    }

    private static string? LinkOf(JsonObject envelope, string key) =>
        envelope[key] is JsonValue value && FormValues.Text(value) is { } url && (JsonHighlighter.IsLink(url) || (url.StartsWith('/') && !url.StartsWith("//", StringComparison.Ordinal)))
            ? url
            : null;
}
