// Provides the description of serializer fields for OPTIONS, as DRF's SimpleMetadata.get_field_info.
using RestFramework.Fields;
using RestFramework.Relations;
using RestFramework.Serializers;

namespace RestFramework.Metadata;

/// <summary>Describes a serializer's fields: type, required, read_only, label, help text, limits, child or children, choices.</summary>
public static class FieldInfo
{
    /// <summary>DRF's <c>get_serializer_info</c>: every field but hidden ones, in the serializer's order.</summary>
    public static OrderedDictionary<string, object?> Describe(Serializer serializer)
    {
        var info = new OrderedDictionary<string, object?>();
        foreach (var (name, field) in serializer.Fields)
        {
            if (field is not HiddenField)
            {
                info[name] = Describe(field);
            }
        }
        return info;
    }

    /// <summary>DRF's <c>get_field_info</c> for one field.</summary>
    public static OrderedDictionary<string, object?> Describe(Field field)
    {
        var info = new OrderedDictionary<string, object?>
        {
            ["type"] = TypeLabel(field),
            ["required"] = field.IsRequired,
            ["read_only"] = field.ReadOnly,
        };
        Add(info, "label", field.Label);
        Add(info, "help_text", field.HelpText);
        var (minLength, maxLength, minValue, maxValue) = Limits(field);
        Add(info, "min_length", minLength);
        Add(info, "max_length", maxLength);
        Add(info, "min_value", minValue);
        Add(info, "max_value", maxValue);
        switch (field)
        {
            case ListField list:
                info["child"] = Describe(list.Child);
                break;
            case DictField dict:
                info["child"] = Describe(dict.Child);
                break;
            case Serializer nested:
                info["children"] = Describe(nested);
                break;
        }
        if (!field.ReadOnly && field is ChoiceField choice)
        {
            info["choices"] = choice.Choices
                .Select(c => new OrderedDictionary<string, object?> { ["value"] = c.Key, ["display_name"] = c.Value })
                .ToList();
        }
        return info;
    }

    /// <summary>DRF's <c>label_lookup</c>: the nearest listed field class decides.</summary>
    public static string TypeLabel(Field field) => field switch
    {
        BooleanField => "boolean",
        EmailField => "email",
        UrlField => "url",
        RegexField => "regex",
        SlugField => "slug",
        CharField or UuidField => "string",
        IntegerField => "integer",
        FloatField => "float",
        DecimalField => "decimal",
        DateTimeField => "datetime",
        DateField => "date",
        TimeField => "time",
        MultipleChoiceField => "multiple choice",
        ChoiceField => "choice",
        ImageField => "image upload",
        FileField => "file upload",
        ListField => "list",
        DictField or Serializer => "nested object",
        _ => "field",
    };

    private static (object? MinLength, object? MaxLength, object? MinValue, object? MaxValue) Limits(Field field) => field switch
    {
        CharField c => (c.MinLength, c.MaxLength, null, null),
        ListField l => (l.MinLength, l.MaxLength, null, null),
        FileField f => (null, f.MaxLength, null, null),
        IntegerField i => (null, null, i.MinValue, i.MaxValue),
        FloatField f => (null, null, f.MinValue, f.MaxValue),
        DecimalField d => (null, null, d.MinValue, d.MaxValue),
        _ => (null, null, null, null),
    };

    private static void Add(OrderedDictionary<string, object?> info, string key, object? value)
    {
        if (value is not null && value is not "")
        {
            info[key] = value;
        }
    }
}
