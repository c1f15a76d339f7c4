// Provides the validation of a username and password body with DRF CharField's messages, for the login views.
using System.Text.Json;
using System.Text.Json.Nodes;
using RestFramework.Exceptions;
using RestFramework.Fields;
using RestFramework.Renderers;

namespace RestFramework.Authentication;

/// <summary>Reads <c>username</c> and <c>password</c> as DRF's <c>AuthTokenSerializer</c> fields do, raising its exact errors.</summary>
internal static class Credentials
{
    public static (string UserName, string Password) Read(JsonNode? data, string nonFieldErrorsKey, bool trimPassword = false)
    {
        var body = Body(data, nonFieldErrorsKey);
        var errors = new OrderedDictionary<string, object>();
        var userName = Field(body, "username", trim: true, errors);
        var password = Field(body, "password", trim: trimPassword, errors);
        if (errors.Count > 0)
        {
            throw new ValidationError(errors);
        }
        return (userName!, password!);
    }

    public static string ReadField(JsonNode? data, string name, string nonFieldErrorsKey)
    {
        var errors = new OrderedDictionary<string, object>();
        return Field(Body(data, nonFieldErrorsKey), name, trim: true, errors) ?? throw new ValidationError(errors);
    }

    private static JsonObject Body(JsonNode? data, string nonFieldErrorsKey)
    {
        if (data is JsonObject body)
        {
            return body;
        }
        var message = data is null ? "No data provided" : $"Invalid data. Expected a dictionary, but got {PythonType(data)}.";
        throw new ValidationError(new Dictionary<string, object> { [nonFieldErrorsKey] = new object[] { new ErrorDetail(message, data is null ? "null" : "invalid") } });
    }

    private static string? Field(JsonObject body, string name, bool trim, OrderedDictionary<string, object> errors)
    {
        var (value, error) = CharField(body, name, trim);
        if (error is not null)
        {
            errors.Add(name, new object[] { error });
        }
        return value;
    }

    private static (string?, ErrorDetail?) CharField(JsonObject body, string name, bool trim)
    {
        if (!body.TryGetPropertyValue(name, out var node))
        {
            return (null, new ErrorDetail("This field is required.", "required"));
        }
        if (node is null)
        {
            return (null, new ErrorDetail("This field may not be null.", "null"));
        }
        if (node is not JsonValue value)
        {
            return (null, new ErrorDetail("Not a valid string.", "invalid"));
        }
        string text;
        switch (value.GetValueKind())
        {
            case JsonValueKind.String:
                text = value.GetValue<string>();
                break;
            case JsonValueKind.Number:
                text = value.TryGetValue<long>(out var integer)
                    ? integer.ToString(System.Globalization.CultureInfo.InvariantCulture)
                    : Formats.Float(value.GetValue<double>());
                break;
            default:
                return (null, new ErrorDetail("Not a valid string.", "invalid"));
        }
        if (text.Length == 0 || (trim && PythonText.StripPython(text).IsEmpty))
        {
            return (null, new ErrorDetail("This field may not be blank.", "blank"));
        }
        if (text.Contains('\0', StringComparison.Ordinal))
        {
            return (null, new ErrorDetail("Null characters are not allowed.", "null_characters_not_allowed"));
        }
        return (trim ? PythonText.Strip(text) : text, null);
    }

    private static string PythonType(JsonNode data) => data switch
    {
        JsonArray => "list",
        JsonValue v => v.GetValueKind() switch
        {
            JsonValueKind.String => "str",
            JsonValueKind.True or JsonValueKind.False => "bool",
            JsonValueKind.Number => v.TryGetValue<long>(out _) ? "int" : "float",
            _ => "str",
        },
        _ => "dict",
    };
}
