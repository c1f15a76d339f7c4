// Provides ListField: a list whose items are validated by a child field.
using System.Collections;
using System.Text.Json;
using System.Text.Json.Nodes;
using RestFramework.Exceptions;
using RestFramework.Serializers;
using RestFramework.Validators;

namespace RestFramework.Fields;

/// <summary>DRF's <c>ListField</c>: each item goes through <see cref="Child"/>; errors are keyed by the failing index.</summary>
public sealed class ListField : Field
{
    private readonly Field _child;

    /// <summary>Creates the field; a null <paramref name="child"/> passes items through unvalidated.</summary>
    public ListField(Field? child = null)
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

    /// <summary>The field each item is validated and rendered by.</summary>
    public Field Child => _child;

    /// <summary>Whether an empty list is valid. Defaults to true.</summary>
    public bool AllowEmpty { get; set; } = true;

    /// <summary>The maximum number of items, or null.</summary>
    public int? MaxLength { get; set; }

    /// <summary>The minimum number of items, or null.</summary>
    public int? MinLength { get; set; }

    /// <inheritdoc />
    protected override string? GetDefaultMessage(string key) => key switch
    {
        "not_a_list" => "Expected a list of items but got type \"{input_type}\".",
        "empty" => "This list may not be empty.",
        "min_length" => "Ensure this field has at least {min_length} elements.",
        "max_length" => "Ensure this field has no more than {max_length} elements.",
        _ => base.GetDefaultMessage(key),
    };

    /// <inheritdoc />
    protected override IEnumerable<IValidator> GetBuiltInValidators()
    {
        if (MaxLength is { } max)
        {
            yield return new MaxLengthValidator(max, FormatMessage(GetMessage("max_length"), ("max_length", max)));
        }
        if (MinLength is { } min)
        {
            yield return new MinLengthValidator(min, FormatMessage(GetMessage("min_length"), ("min_length", min)));
        }
    }

    /// <inheritdoc />
    public override JsonNode? GetValue(JsonObject data, Serializer? root)
    {
        if (!data.ContainsKey(FieldName) && root is { Partial: true })
        {
            return Empty;
        }
        if (root is not null && root.IsHtmlInput)
        {
            var list = FormList.Get(root, FieldName);
            return list.Count > 0 ? list : FormList.Indexed(root, FieldName) ?? Empty;
        }
        return base.GetValue(data, root);
    }

    /// <inheritdoc />
    protected override object? ToInternalValue(JsonNode data, Serializer? root)
    {
        if (data is not JsonArray items)
        {
            throw Fail("not_a_list", ("input_type", JsonInput.TypeName(data)));
        }
        if (!AllowEmpty && items.Count == 0)
        {
            throw Fail("empty");
        }
        var result = new List<object?>(items.Count);
        OrderedDictionary<string, object>? errors = null;
        for (var i = 0; i < items.Count; i++)
        {
            try
            {
                result.Add(_child.RunValidation(items[i], root));
            }
            catch (ValidationError error)
            {
                (errors ??= [])[i.ToString(System.Globalization.CultureInfo.InvariantCulture)] = error.Detail;
            }
        }
        return errors is null ? result : throw new ValidationError(errors);
    }

    /// <inheritdoc />
    public override object? ToRepresentation(object value, Serializer? root)
    {
        var result = new List<object?>();
        foreach (var item in (IEnumerable)value)
        {
            result.Add(item is null ? null : _child.ToRepresentation(item, root));
        }
        return result;
    }

    /// <inheritdoc />
    public override void WriteRepresentation(Utf8JsonWriter writer, object value, Serializer? root, Renderers.JsonDataWriter data)
    {
        writer.WriteStartArray();
        foreach (var item in (IEnumerable)value)
        {
            if (item is null)
            {
                writer.WriteNullValue();
            }
            else
            {
                _child.WriteRepresentation(writer, item, root, data);
            }
        }
        writer.WriteEndArray();
    }
}
