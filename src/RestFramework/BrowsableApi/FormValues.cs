// Provides the values and errors an HTML form shows: submitted form data, an object's current JSON, or nothing.
using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http;

namespace RestFramework.BrowsableApi;

/// <summary>What a generated form is filled with: per-field values and, after a failed submit, per-field errors.</summary>
internal sealed class FormValues
{
    public static readonly FormValues None = new(null, null, null);

    private readonly IFormCollection? _form;
    private readonly JsonObject? _initial;

    private FormValues(IFormCollection? form, JsonObject? initial, JsonObject? errors)
    {
        _form = form;
        _initial = initial;
        Errors = errors;
    }

    /// <summary>The validation errors by field name, or null.</summary>
    public JsonObject? Errors { get; }

    /// <summary>The values of a submitted form, with the errors it got.</summary>
    public static FormValues Submitted(IFormCollection form, JsonObject? errors) => new(form, null, errors);

    /// <summary>The values of an object's representation (the PUT form of a detail page).</summary>
    public static FormValues FromRepresentation(JsonObject representation) => new(null, representation, null);

    /// <summary>The values of a field: several for multiple selects.</summary>
    public IReadOnlyList<string> Get(string name)
    {
        if (_form is not null)
        {
            return _form.TryGetValue(name, out var values) ? values.Select(v => v ?? string.Empty).ToArray() : [];
        }
        if (_initial is not null && _initial.TryGetPropertyValue(name, out var node))
        {
            return node switch
            {
                null => [],
                JsonArray array => array.Select(Text).ToArray(),
                _ => [Text(node)],
            };
        }
        return [];
    }

    /// <summary>The error messages of a field.</summary>
    public IReadOnlyList<string> ErrorsOf(string name) => Errors is not null && Errors.TryGetPropertyValue(name, out var node) ? Messages(node) : [];

    /// <summary>The messages of an error node: each string of a list, or the JSON of anything nested.</summary>
    public static IReadOnlyList<string> Messages(JsonNode? node) => node switch
    {
        null => [],
        JsonArray array => array.Select(item => item is JsonValue ? Text(item) : item?.ToJsonString() ?? string.Empty).ToArray(),
        JsonValue => [Text(node)],
        _ => [node.ToJsonString()],
    };

    /// <summary>A value as form text: strings as they are, booleans as <c>true</c>/<c>false</c>, numbers invariant.</summary>
    public static string Text(object? value) => value switch
    {
        null => string.Empty,
        string s => s,
        bool b => b ? "true" : "false",
        JsonValue json when json.GetValueKind() == JsonValueKind.String => json.GetValue<string>(),
        JsonValue json when json.GetValueKind() == JsonValueKind.True => "true",
        JsonValue json when json.GetValueKind() == JsonValueKind.False => "false",
        JsonNode json => json.ToJsonString(),
        IFormattable formattable => formattable.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString() ?? string.Empty,
    };
}
