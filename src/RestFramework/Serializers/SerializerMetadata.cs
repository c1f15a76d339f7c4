// Provides the OPTIONS description of a serializer's fields (DRF's SimpleMetadata.get_serializer_info / get_field_info).
using RestFramework.Fields;
using RestFramework.Relations;

namespace RestFramework.Serializers;

/// <summary>Describes serializer fields as DRF's <c>SimpleMetadata</c> does for the <c>actions</c> of an OPTIONS response.</summary>
public static class SerializerMetadata
{
    /// <summary>The description of every field but hidden ones, by field name (DRF's <c>get_serializer_info</c>).</summary>
    public static OrderedDictionary<string, object?> Describe(Serializer serializer)
    {
        var result = new OrderedDictionary<string, object?>();
        foreach (var (name, field) in serializer.Fields)
        {
            if (field is not HiddenField)
            {
                result[name] = DescribeField(field, child: false);
            }
        }
        return result;
    }

    /// <summary>The description of one field (DRF's <c>get_field_info</c>): type, required, read_only, label, help text, limits, child, children, choices.</summary>
    public static OrderedDictionary<string, object?> DescribeField(Field field, bool child = false)
    {
        var info = new OrderedDictionary<string, object?>
        {
            ["type"] = field is Serializer { Many: true } && !child ? "field" : TypeName(field),
            ["required"] = field.IsRequired,
            ["read_only"] = field.ReadOnly,
        };
        if (!child && !string.IsNullOrEmpty(field.Label))
        {
            info["label"] = field.Label;
        }
        if (!string.IsNullOrEmpty(field.HelpText))
        {
            info["help_text"] = field.HelpText;
        }
        AddLimits(field, info);
        switch (field)
        {
            case Serializer { Many: true } many when !child:
                info["child"] = DescribeField(many, child: true);
                break;
            case Serializer nested:
                info["children"] = Describe(nested);
                break;
            case ListField list:
                info["child"] = DescribeField(list.Child, child: true);
                break;
            case DictField dict:
                info["child"] = DescribeField(dict.Child, child: true);
                break;
        }
        if (!field.ReadOnly && field is ChoiceField choice)
        {
            info["choices"] = choice.Choices
                .Select(c => new OrderedDictionary<string, object?> { ["value"] = c.Key is Enum ? ChoiceField.ChoiceText(c.Key) : c.Key, ["display_name"] = c.Value })
                .ToList();
        }
        return info;
    }

    private static void AddLimits(Field field, OrderedDictionary<string, object?> info)
    {
        (object? MinLength, object? MaxLength, object? MinValue, object? MaxValue) limits = field switch
        {
            CharField c => (c.MinLength, c.MaxLength, null, null),
            ListField l => (l.MinLength, l.MaxLength, null, null),
            IntegerField i => (null, null, i.MinValue, i.MaxValue),
            FloatField f => (null, null, f.MinValue, f.MaxValue),
            DecimalField d => (null, null, Whole(d.MinValue), Whole(d.MaxValue)),
            DurationField u => (null, null, u.MinValue, u.MaxValue),
            FileField file => (null, file.MaxLength, null, null),
            _ => (null, null, null, null),
        };
        if (limits.MinLength is not null)
        {
            info["min_length"] = limits.MinLength;
        }
        if (limits.MaxLength is not null)
        {
            info["max_length"] = limits.MaxLength;
        }
        if (limits.MinValue is not null)
        {
            info["min_value"] = limits.MinValue;
        }
        if (limits.MaxValue is not null)
        {
            info["max_value"] = limits.MaxValue;
        }
    }

    /// <summary>A decimal limit without fraction is shown as an integer, as the Python int limits DRF users write.</summary>
    private static object? Whole(decimal? value) => value is { Scale: 0 } whole && whole is >= long.MinValue and <= long.MaxValue ? (object)(long)whole : value;

    /// <summary>DRF's <c>label_lookup</c>: the type name of a field class (most specific class first).</summary>
    public static string TypeName(Field field) => field switch
    {
        BooleanField => "boolean",
        UrlField => "url",
        EmailField => "email",
        RegexField => "regex",
        SlugField => "slug",
        IPAddressField or CharField or UuidField => "string",
        IntegerField => "integer",
        FloatField => "float",
        DecimalField => "decimal",
        DateField => "date",
        DateTimeField => "datetime",
        TimeField => "time",
        MultipleChoiceField => "multiple choice",
        ChoiceField => "choice",
        ImageField => "image upload",
        FileField => "file upload",
        ListField => "list",
        DictField or Serializer => "nested object",
        _ => "field",
    };
}
