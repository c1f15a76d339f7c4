// Provides MultipleChoiceField: a set of values out of a fixed set.
using System.Text.Json;
using System.Text.Json.Nodes;
using RestFramework.Serializers;

namespace RestFramework.Fields;

/// <summary>DRF's <c>MultipleChoiceField</c>: a list of choices, returned as a set (duplicates removed, first-seen order); form input uses every value of the key.</summary>
public sealed class MultipleChoiceField : ChoiceField
{
    /// <summary>Creates the field from (value, label) pairs.</summary>
    public MultipleChoiceField(IEnumerable<KeyValuePair<object, string>> choices)
        : base(choices)
    {
    }

    /// <summary>Creates the field from values that are their own labels.</summary>
    public MultipleChoiceField(params object[] choices)
        : base(choices)
    {
    }

    /// <summary>Whether an empty selection is valid. Defaults to true.</summary>
    public bool AllowEmpty { get; set; } = true;

    /// <inheritdoc />
    protected override string? GetDefaultMessage(string key) => key switch
    {
        "not_a_list" => "Expected a list of items but got type \"{input_type}\".",
        "empty" => "This selection may not be empty.",
        _ => base.GetDefaultMessage(key),
    };

    /// <inheritdoc />
    public override JsonNode? GetValue(JsonObject data, Serializer? root)
    {
        if (!data.ContainsKey(FieldName) && root is { Partial: true })
        {
            return Empty;
        }
        return root is not null && root.IsHtmlInput ? FormList.Get(root, FieldName) : base.GetValue(data, root);
    }

    /// <inheritdoc />
    protected override object? ToInternalValue(JsonNode data, Serializer? root)
    {
        IEnumerable<JsonNode?> items = data switch
        {
            JsonArray array => array,
            JsonObject map => map.Select(p => (JsonNode?)JsonValue.Create(p.Key)),
            _ => throw Fail("not_a_list", ("input_type", JsonInput.TypeName(data))),
        };
        var result = new List<object>();
        foreach (var item in items)
        {
            var choice = item is null ? throw Fail("invalid_choice", ("input", "None")) : ToChoice(item);
            if (!result.Contains(choice))
            {
                result.Add(choice);
            }
        }
        if (!AllowEmpty && result.Count == 0)
        {
            throw Fail("empty");
        }
        return result;
    }

    /// <inheritdoc />
    public override object? ToRepresentation(object value, Serializer? root) =>
        ((System.Collections.IEnumerable)value).Cast<object>().Select(RepresentChoice).Distinct().ToList();

    /// <inheritdoc />
    public override void WriteRepresentation(Utf8JsonWriter writer, object value, Serializer? root, Renderers.JsonDataWriter data) =>
        data.Write(writer, ToRepresentation(value, root));
}
