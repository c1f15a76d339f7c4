// Provides DictField: a dictionary whose values are validated by a child field.
using System.Collections;
using System.Text.Json.Nodes;
using RestFramework.Exceptions;
using RestFramework.Serializers;

namespace RestFramework.Fields;

/// <summary>DRF's <c>DictField</c>: each value goes through <see cref="Child"/>; errors are keyed by the failing key.</summary>
public sealed class DictField : Field
{
    private readonly Field _child;

    /// <summary>Creates the field; a null <paramref name="child"/> passes values through unvalidated.</summary>
    public DictField(Field? child = null)
    {
        _child = child ?? new UnvalidatedField();
    }

    /// <inheritdoc />
    public override void Bind(string fieldName, Serializer? parent)
    {
        base.Bind(fieldName, parent);
        if (_child is not UnvalidatedField)
        {
            _child.Bind(string.Empty, parent);
        }
    }

    /// <summary>The field each value is validated and rendered by.</summary>
    public Field Child => _child;

    /// <summary>Whether an empty dictionary is valid. Defaults to true.</summary>
    public bool AllowEmpty { get; set; } = true;

    /// <inheritdoc />
    protected override string? GetDefaultMessage(string key) => key switch
    {
        "not_a_dict" => "Expected a dictionary of items but got type \"{input_type}\".",
        "empty" => "This dictionary may not be empty.",
        _ => base.GetDefaultMessage(key),
    };

    /// <inheritdoc />
    protected override object? ToInternalValue(JsonNode data, Serializer? root)
    {
        if (data is not JsonObject map)
        {
            throw Fail("not_a_dict", ("input_type", JsonInput.TypeName(data)));
        }
        if (!AllowEmpty && map.Count == 0)
        {
            throw Fail("empty");
        }
        var result = new OrderedDictionary<string, object?>();
        OrderedDictionary<string, object>? errors = null;
        foreach (var (key, value) in map)
        {
            try
            {
                result[key] = _child.RunValidation(value, root);
            }
            catch (ValidationError error)
            {
                (errors ??= [])[key] = error.Detail;
            }
        }
        return errors is null ? result : throw new ValidationError(errors);
    }

    /// <inheritdoc />
    public override object? ToRepresentation(object value, Serializer? root)
    {
        var result = new OrderedDictionary<string, object?>();
        switch (value)
        {
            case IEnumerable<KeyValuePair<string, object?>> pairs:
                foreach (var (key, item) in pairs)
                {
                    result[key] = item is null ? null : _child.ToRepresentation(item, root);
                }
                break;
            case IDictionary dictionary:
                foreach (DictionaryEntry entry in dictionary)
                {
                    result[PythonText(entry.Key)] = entry.Value is null ? null : _child.ToRepresentation(entry.Value, root);
                }
                break;
        }
        return result;
    }
}
