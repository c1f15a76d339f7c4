// Provides the forms of a browsable API page, shown only for methods the permission classes allow (DRF's show_form_for_method).
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http;
using RestFramework.Authentication;
using RestFramework.Exceptions;
using RestFramework.Fields;
using RestFramework.Parsers;
using RestFramework.Serializers;
using RestFramework.ViewSets;

namespace RestFramework.BrowsableApi;

internal sealed partial class Page
{
    private string? _csrfToken;

    private string CsrfToken => _csrfToken ??= Csrf.GetToken(Http);

    private bool IsAllowed(string method)
    {
        var allow = Http.Response.Headers.Allow.ToString();
        foreach (var part in allow.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
        {
            if (part.Equals(method, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }
        return false;
    }

    private bool IsDetail => _view is ViewSet viewSet && (viewSet.Detail ?? Http.Request.RouteValues.ContainsKey(viewSet.LookupUrlKwarg ?? viewSet.LookupField));

    /// <summary>DRF's <c>show_form_for_method</c>: the method is allowed and the permissions (and for unsafe detail methods, the object lookup) pass as if the request used it.</summary>
    private async Task<bool> ShowFormForMethodAsync(string method)
    {
        if (!IsAllowed(method))
        {
            return false;
        }
        var http = Http.Request;
        var original = http.Method;
        http.Method = method;
        try
        {
            foreach (var permission in _view.GetPermissions())
            {
                if (!permission.HasPermission(_request, _view))
                {
                    return false;
                }
            }
            if (method is "PUT" or "PATCH" or "DELETE" && GenericViewAccess.For(_view) is { } access && IsDetail)
            {
                await access.GetObjectAsync(_view);
            }
            return true;
        }
        catch (ApiException)
        {
            return false;
        }
        finally
        {
            http.Method = original;
        }
    }

    private async Task WriteToolbarAsync()
    {
        _html.Raw("<div class=\"toolbar\">");
        if (await ShowFormForMethodAsync("OPTIONS"))
        {
            WriteButtonForm("OPTIONS", "btn btn-info", "Make an OPTIONS request on the resource");
        }
        if (await ShowFormForMethodAsync("DELETE"))
        {
            WriteButtonForm("DELETE", "btn btn-danger", "Make a DELETE request on the resource");
        }
        WriteExtraActions();
        if (IsAllowed("GET"))
        {
            _html.Raw("<span class=\"format-links\"><a class=\"btn btn-primary\" id=\"get-button\"").Attr("href", PathOnly).Raw(">GET</a>");
            foreach (var renderer in _view.GetRenderers())
            {
                var url = Microsoft.AspNetCore.WebUtilities.QueryHelpers.AddQueryString(PathOnly, _request.Options.UrlFormatOverride ?? "format", renderer.Format);
                _html.Raw("<a class=\"format-option\"").Attr("href", url).Attr("rel", "nofollow").Raw(">").Text(renderer.Format).Raw("</a>");
            }
            _html.Raw("</span>");
        }
        _html.Raw("</div>");
    }

    /// <summary>DRF's "Extra Actions" menu: links to the viewset's extra actions of the same kind, hidden on 401 and 403.</summary>
    private void WriteExtraActions()
    {
        if (_view is not ViewSet viewSet || _context.Response.Status is StatusCodes.Status401Unauthorized or StatusCodes.Status403Forbidden)
        {
            return;
        }
        var actions = viewSet.GetExtraActionUrlMap();
        if (actions.Count == 0)
        {
            return;
        }
        _html.Raw("<details class=\"extra-actions\"><summary class=\"btn btn-default\">Extra Actions</summary><ul>");
        foreach (var (name, url) in actions)
        {
            _html.Raw("<li><a").Attr("href", url).Raw(">").Text(name).Raw("</a></li>");
        }
        _html.Raw("</ul></details>");
    }

    private void WriteButtonForm(string method, string css, string title)
    {
        _html.Raw("<form class=\"button-form\" method=\"post\"").Attr("action", FullPath).Attr("data-method", method).Raw(">");
        HtmlForm.WriteCsrf(_html, CsrfToken);
        _html.Raw("<button type=\"submit\"").Attr("class", css).Attr("title", title).Attr("id", method.ToLowerInvariant() + "-button").Raw(">").Text(method).Raw("</button></form>");
    }

    private async Task WriteFormsAsync()
    {
        var post = await ShowFormForMethodAsync("POST");
        var put = await ShowFormForMethodAsync("PUT");
        var patch = await ShowFormForMethodAsync("PATCH");
        if (!post && !put && !patch)
        {
            return;
        }
        var access = GenericViewAccess.For(_view);
        var acceptsForms = _view.GetParsers().Any(p => p is FormParser or MultiPartParser);
        if (post)
        {
            await WriteMethodSectionAsync("POST", access, acceptsForms, ["POST"]);
        }
        if (put || patch)
        {
            await WriteMethodSectionAsync(put ? "PUT" : "PATCH", access, acceptsForms && put, put && patch ? ["PUT", "PATCH"] : [put ? "PUT" : "PATCH"]);
        }
    }

    private async Task WriteMethodSectionAsync(string method, GenericViewAccess? access, bool htmlForm, string[] rawMethods)
    {
        _html.Raw("<section class=\"request-form\"").Attr("id", method.ToLowerInvariant() + "-section").Raw("><h2>").Text(method).Raw("</h2>");
        var serializer = SerializerOrNull(access);
        if (htmlForm && serializer is not null)
        {
            _html.Raw("<details class=\"form-tab\" open><summary>HTML form</summary>");
            await HtmlForm.WriteAsync(_html, serializer, method, FullPath, CsrfToken, ValuesFor(method), Http.RequestAborted);
            _html.Raw("</details><details class=\"form-tab\"><summary>Raw data</summary>");
        }
        else
        {
            _html.Raw("<details class=\"form-tab\" open><summary>Raw data</summary>");
        }
        WriteRawForm(method, serializer, rawMethods);
        _html.Raw("</details></section>");
    }

    // A generic view without a serializer class (an extra action of a GenericViewSet) gets the raw-data form only.
    private Serializer? SerializerOrNull(GenericViewAccess? access)
    {
        try
        {
            return access?.GetSerializer(_view);
        }
        catch (InvalidOperationException)
        {
            return null;
        }
    }

    private FormValues ValuesFor(string method)
    {
        var submitted = string.Equals(_request.Method, method, StringComparison.OrdinalIgnoreCase) ? _request.Form : null;
        if (submitted is not null && _context.Response.Status == StatusCodes.Status400BadRequest)
        {
            return FormValues.Submitted(submitted, _json as JsonObject);
        }
        if (method is "PUT" or "PATCH" && _json is JsonObject representation && _context.Response.Status < 300)
        {
            return FormValues.FromRepresentation(representation);
        }
        return FormValues.None;
    }

    private void WriteRawForm(string method, Serializer? serializer, string[] methods)
    {
        _html.Raw("<form class=\"raw-form\" method=\"post\" data-raw=\"true\"").Attr("action", FullPath).Attr("id", "raw-" + method.ToLowerInvariant() + "-form").Raw(">");
        HtmlForm.WriteCsrf(_html, CsrfToken);
        var id = "id__content_type_" + method.ToLowerInvariant();
        _html.Raw("<div class=\"form-group\"><label class=\"control-label\"").Attr("for", id).Raw(">Media type:</label><select class=\"form-control\" name=\"_content_type\"").Attr("id", id).Raw(">");
        foreach (var parser in _view.GetParsers())
        {
            _html.Raw("<option").Attr("value", parser.MediaType).Raw(">").Text(parser.MediaType).Raw("</option>");
        }
        _html.Raw("</select></div><div class=\"form-group\"><label class=\"control-label\">Content:</label><textarea class=\"form-control\" name=\"_content\" rows=\"10\">")
            .Text(RawContent(method, serializer)).Raw("</textarea></div><noscript><p class=\"help-block\">Sending raw data needs JavaScript.</p></noscript><div class=\"form-actions\">");
        foreach (var m in methods)
        {
            _html.Raw("<button class=\"btn btn-primary\" type=\"submit\"").Attr("data-method", m).Attr("title", $"Make a {m} request on the resource").Raw(">").Text(m).Raw("</button>");
        }
        _html.Raw("</div></form>");
    }

    /// <summary>DRF's raw data content: the object's representation for PUT/PATCH, else the serializer's initial values, indented by 4.</summary>
    private string RawContent(string method, Serializer? serializer)
    {
        if (method is "PUT" or "PATCH" && _json is JsonObject representation && _context.Response.Status < 300)
        {
            return _content;
        }
        if (serializer is null)
        {
            return string.Empty;
        }
        var initial = Initial(serializer);
        return initial.ToJsonString(new JsonSerializerOptions { WriteIndented = true, IndentSize = 4, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
    }

    private static JsonObject Initial(Serializer serializer)
    {
        var initial = new JsonObject();
        foreach (var (name, field) in serializer.Fields)
        {
            if (field.ReadOnly || field is HiddenField)
            {
                continue;
            }
            initial[name] = field switch
            {
                Serializer nested => Initial(nested),
                BooleanField => false,
                ListField or MultipleChoiceField => new JsonArray(),
                _ when RelationChoices.IsRelation(field) && RelationChoices.IsMany(field) => new JsonArray(),
                DictField or JsonField => new JsonObject(),
                CharField => string.Empty,
                _ => null,
            };
        }
        return initial;
    }
}
