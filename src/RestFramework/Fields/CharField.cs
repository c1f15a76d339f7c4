// Provides CharField: strings with blank, trimming and length rules.
using System.Text.Json;
using System.Text.Json.Nodes;
using RestFramework.Serializers;
using RestFramework.Validators;

namespace RestFramework.Fields;

/// <summary>DRF's <c>CharField</c>: accepts strings and numbers (as text), trims whitespace, refuses blanks unless <see cref="AllowBlank"/>.</summary>
public class CharField : Field
{
    /// <summary>Whether <c>""</c> is valid. Defaults to false.</summary>
    public bool AllowBlank { get; set; }

    /// <summary>Whether leading and trailing whitespace is removed. Defaults to true.</summary>
    public bool TrimWhitespace { get; set; } = true;

    /// <summary>The maximum length, or null.</summary>
    public int? MaxLength { get; set; }

    /// <summary>The minimum length, or null.</summary>
    public int? MinLength { get; set; }

    /// <inheritdoc />
    protected internal override bool AllowsBlank => AllowBlank;

    /// <inheritdoc />
    protected override string? GetDefaultMessage(string key) => key switch
    {
        "invalid" => "Not a valid string.",
        "blank" => "This field may not be blank.",
        "max_length" => "Ensure this field has no more than {max_length} characters.",
        "min_length" => "Ensure this field has at least {min_length} characters.",
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
        yield return ProhibitNullCharactersValidator.Instance;
    }

    /// <inheritdoc />
    public override object? RunValidation(JsonNode? data, Serializer? root = null)
    {
        if (data is not null && !ReferenceEquals(data, Empty) && JsonInput.TryGetString(data, out var text)
            && (text.Length == 0 || (TrimWhitespace && RestFramework.Fields.PythonText.StripPython(text).IsEmpty)))
        {
            if (!AllowBlank)
            {
                throw Fail("blank");
            }
            return string.Empty;
        }
        return base.RunValidation(data, root);
    }

    /// <inheritdoc />
    protected override object? ToInternalValue(JsonNode data, Serializer? root)
    {
        var kind = JsonInput.Kind(data);
        if (kind is not (JsonValueKind.String or JsonValueKind.Number))
        {
            throw Fail("invalid");
        }
        var value = JsonInput.PythonStr(data);
        return TrimWhitespace ? RestFramework.Fields.PythonText.Strip(value) : value;
    }

    /// <inheritdoc />
    public override object? ToRepresentation(object value, Serializer? root) => value as string ?? Convert.ToString(value, System.Globalization.CultureInfo.InvariantCulture);

    /// <inheritdoc />
    public override void WriteRepresentation(Utf8JsonWriter writer, object value, Serializer? root, Renderers.JsonDataWriter data)
    {
        if (value is string s)
        {
            writer.WriteStringValue(s);
            return;
        }
        base.WriteRepresentation(writer, value, root, data);
    }
}
