// Provides the HTML form generated from a serializer: one input per writable field, with values and inline errors.
using System.Globalization;
using RestFramework.Fields;
using RestFramework.Metadata;
using RestFramework.Serializers;

namespace RestFramework.BrowsableApi;

/// <summary>DRF's <c>HTMLFormRenderer</c>: writes a form for a serializer's writable fields.</summary>
internal static class HtmlForm
{
    /// <summary>Writes a <c>&lt;form&gt;</c> for <paramref name="serializer"/> that submits with <paramref name="method"/>.</summary>
    public static async Task WriteAsync(
        HtmlWriter html, Serializer serializer, string method, string action, string? csrfToken, FormValues values, CancellationToken cancellationToken)
    {
        html.Raw("<form class=\"form-horizontal\" enctype=\"multipart/form-data\" novalidate")
            .Attr("action", action)
            .Attr("method", "post")
            .Attr("data-method", method)
            .Attr("id", method.ToLowerInvariant() + "-form")
            .Raw(">");
        WriteCsrf(html, csrfToken);
        if (values.Errors is not null)
        {
            foreach (var key in new[] { "non_field_errors", "detail" })
            {
                foreach (var message in values.ErrorsOf(key))
                {
                    html.Raw("<div class=\"alert alert-danger\">").Text(message).Raw("</div>");
                }
            }
        }
        html.Raw("<fieldset>");
        foreach (var (name, field) in serializer.Fields)
        {
            if (field.ReadOnly || field is HiddenField)
            {
                continue;
            }
            await WriteFieldAsync(html, serializer, name, field, values, cancellationToken);
        }
        html.Raw("<div class=\"form-actions\"><button class=\"btn btn-primary\" type=\"submit\"")
            .Attr("title", $"Make a {method} request on the resource")
            .Raw(">").Text(method).Raw("</button></div></fieldset></form>");
    }

    /// <summary>Writes Django's hidden <c>csrfmiddlewaretoken</c> input.</summary>
    public static void WriteCsrf(HtmlWriter html, string? csrfToken)
    {
        if (csrfToken is not null)
        {
            html.Raw("<input type=\"hidden\"").Attr("name", Authentication.Csrf.FormField).Attr("value", csrfToken).Raw(">");
        }
    }

    private static async Task WriteFieldAsync(HtmlWriter html, Serializer root, string name, Field field, FormValues values, CancellationToken cancellationToken)
    {
        var errors = values.ErrorsOf(name);
        var id = "id_" + name;
        var current = values.Get(name);
        html.Raw(errors.Count > 0 ? "<div class=\"form-group has-error\">" : "<div class=\"form-group\">");
        html.Raw("<label class=\"control-label\"").Attr("for", id).Raw(">").Text(field.Label ?? name);
        if (field.IsRequired)
        {
            html.Raw(" <span class=\"required\" title=\"required\">*</span>");
        }
        html.Raw("</label><div class=\"controls\">");
        await WriteInputAsync(html, root, name, id, field, current, cancellationToken);
        foreach (var error in errors)
        {
            html.Raw("<span class=\"help-block error\">").Text(error).Raw("</span>");
        }
        if (!string.IsNullOrEmpty(field.HelpText))
        {
            html.Raw("<span class=\"help-block\">").Text(field.HelpText).Raw("</span>");
        }
        html.Raw("</div></div>");
    }

    private static async Task WriteInputAsync(
        HtmlWriter html, Serializer root, string name, string id, Field field, IReadOnlyList<string> current, CancellationToken cancellationToken)
    {
        var value = current.Count > 0 ? current[^1] : null;
        if (RelationChoices.IsRelation(field))
        {
            var choices = await RelationChoices.LoadAsync(field, root, cancellationToken);
            WriteSelect(html, name, id, field, choices, current, RelationChoices.IsMany(field), cutoff: choices.Count >= RelationChoices.Cutoff);
            return;
        }
        var type = SerializerMetadata.TypeName(field);
        switch (field)
        {
            case BooleanField:
                html.Raw("<input type=\"checkbox\" value=\"true\"").Attr("name", name).Attr("id", id)
                    .Raw(string.Equals(value, "true", StringComparison.OrdinalIgnoreCase) || value == "on" ? " checked>" : ">");
                return;
            case ChoiceField choice:
                var options = choice.Choices.Select(c => new KeyValuePair<string, string>(ChoiceField.ChoiceText(c.Key), c.Value)).ToList();
                WriteSelect(html, name, id, field, options, current, field is MultipleChoiceField, cutoff: false);
                return;
            case FileField:
                html.Raw("<input type=\"file\"").Attr("name", name).Attr("id", id).Raw(">");
                return;
            case ListField or DictField or Serializer:
                html.Raw("<p class=\"help-block\">").Text(field is ListField ? "Lists are not currently supported in HTML input." : "Nested objects are not currently supported in HTML input.").Raw("</p>");
                return;
            case CharField { MaxLength: null } and not (EmailField or UrlField or SlugField or RegexField):
            case JsonField:
                html.Raw("<textarea class=\"form-control\" rows=\"4\"").Attr("name", name).Attr("id", id).Raw(">").Text(value).Raw("</textarea>");
                return;
        }
        var inputType = type switch
        {
            "integer" or "float" or "decimal" => "number",
            "email" => "email",
            "url" => "url",
            "datetime" => "datetime-local",
            "date" => "date",
            "time" => "time",
            _ => "text",
        };
        html.Raw("<input class=\"form-control\"").Attr("type", inputType).Attr("name", name).Attr("id", id).Attr("value", value ?? string.Empty);
        if (type is "float" or "decimal")
        {
            html.Raw(" step=\"any\"");
        }
        if (field is CharField { MaxLength: { } maxLength })
        {
            html.Attr("maxlength", maxLength.ToString(CultureInfo.InvariantCulture));
        }
        html.Raw(">");
    }

    private static void WriteSelect(
        HtmlWriter html, string name, string id, Field field, IReadOnlyList<KeyValuePair<string, string>> options, IReadOnlyList<string> current, bool multiple, bool cutoff)
    {
        html.Raw("<select class=\"form-control\"").Attr("name", name).Attr("id", id).Raw(multiple ? " multiple>" : ">");
        if (!multiple && (!field.IsRequired || field.AllowNull))
        {
            html.Raw("<option value=\"\">---------</option>");
        }
        foreach (var (value, display) in options)
        {
            html.Raw("<option").Attr("value", value).Raw(current.Contains(value) ? " selected>" : ">").Text(display).Raw("</option>");
        }
        if (cutoff)
        {
            html.Raw("<option value=\"n/a\" disabled>").Text(RelationChoices.CutoffText).Raw("</option>");
        }
        html.Raw("</select>");
    }
}
