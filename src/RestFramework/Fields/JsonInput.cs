// Provides helpers that read JSON input values the way DRF sees Python values (type names, strings, numbers).
using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http;

namespace RestFramework.Fields;

/// <summary>Reads <see cref="JsonNode"/> input as DRF sees the parsed Python value.</summary>
public static class JsonInput
{
    /// <summary>The Python type name of a parsed JSON value: <c>str</c>, <c>int</c>, <c>float</c>, <c>bool</c>, <c>list</c>, <c>dict</c> or <c>NoneType</c>.</summary>
    public static string TypeName(JsonNode? node) => node switch
    {
        null => "NoneType",
        JsonArray => "list",
        JsonObject => "dict",
        _ => Kind(node) switch
        {
            JsonValueKind.String => "str",
            JsonValueKind.True or JsonValueKind.False => "bool",
            JsonValueKind.Number => IsIntegral(node) ? "int" : "float",
            JsonValueKind.Undefined => "InMemoryUploadedFile",
            _ => "object",
        },
    };

    /// <summary>The value's kind, treating wrapped files as objects.</summary>
    public static JsonValueKind Kind(JsonNode node)
    {
        if (node is not JsonValue value)
        {
            return node.GetValueKind();
        }
        if (value.TryGetValue<JsonElement>(out var element))
        {
            return element.ValueKind;
        }
        return value.TryGetValue<IFormFile>(out _) ? JsonValueKind.Undefined : node.GetValueKind();
    }

    /// <summary>Whether the node is a JSON string; returns it.</summary>
    public static bool TryGetString(JsonNode node, out string text)
    {
        if (node is JsonValue v && Kind(node) == JsonValueKind.String && v.TryGetValue<string>(out var s))
        {
            text = s;
            return true;
        }
        text = string.Empty;
        return false;
    }

    /// <summary>The raw text of a JSON number (as written in the input).</summary>
    public static string NumberText(JsonNode node) =>
        node is JsonValue value && value.TryGetValue<JsonElement>(out var element) ? element.GetRawText() : node.ToJsonString();

    /// <summary>Whether a JSON number has no fraction or exponent in its text, as Python's <c>json</c> makes it an int.</summary>
    public static bool IsIntegral(JsonNode node) => NumberText(node).IndexOfAny(['.', 'e', 'E']) < 0;

    /// <summary>Python's <c>str(x)</c> of an input: strings as is, numbers as written, booleans as <c>True</c>/<c>False</c>,
    /// lists and dicts as their <c>repr</c> (<c>['a', 1]</c>, <c>{'k': None}</c>).</summary>
    public static string PythonStr(JsonNode node) => Kind(node) switch
    {
        JsonValueKind.String => node.GetValue<string>(),
        JsonValueKind.True => "True",
        JsonValueKind.False => "False",
        JsonValueKind.Number => PythonNumber(node),
        JsonValueKind.Array or JsonValueKind.Object => PythonRepr.Of(node),
        _ => node.ToJsonString(),
    };

    internal static string PythonNumber(JsonNode node)
    {
        var text = NumberText(node);
        return text.IndexOfAny(['.', 'e', 'E']) < 0 ? text : Renderers.Formats.Float(double.Parse(text, CultureInfo.InvariantCulture));
    }
}
