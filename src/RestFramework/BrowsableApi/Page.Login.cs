// Provides the login page layout: a username and password form posting to LoginView with the CSRF token and next URL.
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http;

namespace RestFramework.BrowsableApi;

internal sealed partial class Page
{
    private void WriteLoginForm()
    {
        var submitted = _request.Method == HttpMethods.Post ? _request.Form : null;
        var errors = _context.Response.Status == StatusCodes.Status400BadRequest ? _json as JsonObject : null;
        var values = submitted is not null ? FormValues.Submitted(submitted, errors) : FormValues.None;
        var next = submitted?["next"].ToString() is { Length: > 0 } posted ? posted : _request.QueryParams["next"].ToString();
        _html.Raw("<section class=\"login-box\"><form id=\"login-form\" method=\"post\"").Attr("action", FullPath).Raw(">");
        HtmlForm.WriteCsrf(_html, CsrfToken);
        foreach (var key in new[] { _request.Options.NonFieldErrorsKey, "detail" })
        {
            foreach (var message in values.ErrorsOf(key))
            {
                _html.Raw("<div class=\"alert alert-danger\">").Text(message).Raw("</div>");
            }
        }
        WriteLoginInput(values, "username", "Username", "text", values.Get("username") is [.., var user] ? user : string.Empty);
        WriteLoginInput(values, "password", "Password", "password", string.Empty);
        _html.Raw("<input type=\"hidden\" name=\"next\"").Attr("value", next).Raw(">")
            .Raw("<div class=\"form-actions\"><button class=\"btn btn-primary\" type=\"submit\" id=\"submit-id-submit\">Log in</button></div></form></section>");
    }

    private void WriteLoginInput(FormValues values, string name, string label, string type, string value)
    {
        var errors = values.ErrorsOf(name);
        _html.Raw(errors.Count > 0 ? "<div class=\"form-group has-error\">" : "<div class=\"form-group\">")
            .Raw("<label class=\"control-label\"").Attr("for", "id_" + name).Raw(">").Text(label).Raw(":</label><div class=\"controls\">")
            .Raw("<input class=\"form-control\"").Attr("type", type).Attr("name", name).Attr("id", "id_" + name).Attr("value", value).Raw(">");
        foreach (var error in errors)
        {
            _html.Raw("<span class=\"help-block error\">").Text(error).Raw("</span>");
        }
        _html.Raw("</div></div>");
    }
}
