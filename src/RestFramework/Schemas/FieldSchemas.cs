// Provides the JSON Schema of serializer fields and the components of serializers, as DRF's AutoSchema.map_field and map_serializer.
using System.Globalization;
using System.Text.Json.Nodes;
using Microsoft.OpenApi;
using RestFramework.Fields;
using RestFramework.Metadata;
using RestFramework.Relations;
using RestFramework.Serializers;

namespace RestFramework.Schemas;

/// <summary>Builds field schemas and registers one component per serializer type (named as DRF does: the class name without <c>Serializer</c>).</summary>
internal sealed class FieldSchemas(OpenApiDocument document, bool coerceDecimalToString)
{
    private readonly Dictionary<Type, string> _names = [];

    /// <summary>DRF's <c>get_component_name</c>.</summary>
    public static string ComponentName(Type serializerType)
    {
        var name = serializerType.Name;
        var tick = name.IndexOf('`', StringComparison.Ordinal);
        if (tick >= 0)
        {
            name = name[..tick];
        }
        return name.EndsWith("Serializer", StringComparison.Ordinal) && name.Length > "Serializer".Length ? name[..^"Serializer".Length] : name;
    }

    /// <summary>A reference to the component of <paramref name="serializer"/>, registering it on first use.</summary>
    public IOpenApiSchema Reference(Serializer serializer)
    {
        var type = serializer.GetType();
        if (!_names.TryGetValue(type, out var name))
        {
            name = ComponentName(type);
            _names[type] = name;
            document.Components ??= new OpenApiComponents();
            document.Components.Schemas ??= new Dictionary<string, IOpenApiSchema>();
            document.Components.Schemas[name] = new OpenApiSchema();
            document.Components.Schemas[name] = Object(serializer);
        }
        return new OpenApiSchemaReference(name, document);
    }

    /// <summary>DRF's <c>map_serializer</c>: properties in field order, <c>required</c> for required writable fields.</summary>
    public OpenApiSchema Object(Serializer serializer)
    {
        var schema = new OpenApiSchema { Type = JsonSchemaType.Object, Properties = new Dictionary<string, IOpenApiSchema>() };
        foreach (var (name, field) in serializer.Fields)
        {
            if (field is HiddenField)
            {
                continue;
            }
            if (field.IsRequired && !field.ReadOnly)
            {
                (schema.Required ??= new HashSet<string>()).Add(name);
            }
            schema.Properties[name] = Field(field);
        }
        return schema;
    }

    /// <summary>DRF's <c>map_field</c> plus its validators, read-only, write-only, nullable and help text.</summary>
    public IOpenApiSchema Field(Field field)
    {
        if (field is Serializer nested)
        {
            var reference = Reference(nested);
            return nested.Many ? new OpenApiSchema { Type = JsonSchemaType.Array, Items = reference, ReadOnly = field.ReadOnly } : Wrap(reference, field);
        }
        var schema = Map(field);
        var info = SerializerMetadata.DescribeField(field);
        if (info.TryGetValue("max_length", out var maxLength) && schema.Type != JsonSchemaType.Array)
        {
            schema.MaxLength = Convert.ToInt32(maxLength, CultureInfo.InvariantCulture);
        }
        if (info.TryGetValue("min_length", out var minLength) && schema.Type != JsonSchemaType.Array)
        {
            schema.MinLength = Convert.ToInt32(minLength, CultureInfo.InvariantCulture);
        }
        if (info.TryGetValue("max_value", out var maxValue))
        {
            schema.Maximum = Convert.ToString(maxValue, CultureInfo.InvariantCulture);
        }
        if (info.TryGetValue("min_value", out var minValue))
        {
            schema.Minimum = Convert.ToString(minValue, CultureInfo.InvariantCulture);
        }
        if (field.ReadOnly)
        {
            schema.ReadOnly = true;
        }
        if (field.WriteOnly)
        {
            schema.WriteOnly = true;
        }
        if (field.AllowNull && schema.Type is { } type)
        {
            schema.Type = type | JsonSchemaType.Null;
        }
        if (!string.IsNullOrEmpty(field.HelpText))
        {
            schema.Description = field.HelpText;
        }
        return schema;
    }

    // A plain nested serializer is its component's reference; read-only or nullable ones wrap it in allOf.
    private static IOpenApiSchema Wrap(IOpenApiSchema reference, Field field) => field.ReadOnly || field.AllowNull
        ? new OpenApiSchema { AllOf = [reference], ReadOnly = field.ReadOnly, Type = field.AllowNull ? JsonSchemaType.Null | JsonSchemaType.Object : null }
        : reference;

    private OpenApiSchema Map(Field field)
    {
        if (RelationKind(field) is { } relation)
        {
            return relation.Many ? new OpenApiSchema { Type = JsonSchemaType.Array, Items = relation.Item } : relation.Item;
        }
        return field switch
        {
            BooleanField => new OpenApiSchema { Type = JsonSchemaType.Boolean },
            IntegerField => new OpenApiSchema { Type = JsonSchemaType.Integer },
            FloatField => new OpenApiSchema { Type = JsonSchemaType.Number, Format = "double" },
            DecimalField d => (d.CoerceToString ?? coerceDecimalToString)
                ? new OpenApiSchema { Type = JsonSchemaType.String, Format = "decimal", Pattern = DecimalPattern(d) }
                : new OpenApiSchema { Type = JsonSchemaType.Number, Format = "double" },
            DateTimeField => new OpenApiSchema { Type = JsonSchemaType.String, Format = "date-time" },
            DateField => new OpenApiSchema { Type = JsonSchemaType.String, Format = "date" },
            EmailField => new OpenApiSchema { Type = JsonSchemaType.String, Format = "email" },
            UrlField => new OpenApiSchema { Type = JsonSchemaType.String, Format = "uri" },
            UuidField => new OpenApiSchema { Type = JsonSchemaType.String, Format = "uuid" },
            SlugField => new OpenApiSchema { Type = JsonSchemaType.String, Pattern = "^[-a-zA-Z0-9_]+$" },
            MultipleChoiceField m => new OpenApiSchema { Type = JsonSchemaType.Array, Items = Choices(m) },
            ChoiceField c => Choices(c),
            FileField => new OpenApiSchema { Type = JsonSchemaType.String, Format = "binary" },
            ListField l => new OpenApiSchema { Type = JsonSchemaType.Array, Items = Field(l.Child) },
            DictField d => new OpenApiSchema { Type = JsonSchemaType.Object, AdditionalProperties = Field(d.Child) },
            CharField or TimeField or DurationField or IPAddressField => new OpenApiSchema { Type = JsonSchemaType.String },
            _ => new OpenApiSchema(),
        };
    }

    private static string? DecimalPattern(DecimalField field)
    {
        if (field.MaxDigits is not { } digits || field.DecimalPlaces is not { } places)
        {
            return null;
        }
        var whole = digits - places;
        return places > 0
            ? string.Create(CultureInfo.InvariantCulture, $"^-?\\d{{0,{whole}}}(?:\\.\\d{{0,{places}}})?$")
            : string.Create(CultureInfo.InvariantCulture, $"^-?\\d{{0,{whole}}}$");
    }

    /// <summary>DRF's <c>map_choicefield</c>: the enum of values, typed when every value has one JSON type.</summary>
    private static OpenApiSchema Choices(ChoiceField field)
    {
        var values = field.Choices.Select(c => c.Key).ToList();
        var schema = new OpenApiSchema { Enum = values.Select(v => (JsonNode)JsonValue.Create(Represent(v))!).ToList() };
        if (values.Count > 0 && values.All(v => v is int or long or short or byte))
        {
            schema.Type = JsonSchemaType.Integer;
        }
        else if (values.Count > 0 && values.All(v => v is string or Enum))
        {
            schema.Type = JsonSchemaType.String;
        }
        else if (values.Count > 0 && values.All(v => v is bool))
        {
            schema.Type = JsonSchemaType.Boolean;
        }
        return schema;
    }

    private static object Represent(object value) => value switch
    {
        Enum or string => ChoiceField.ChoiceText(value),
        _ => value,
    };

    private static (bool Many, OpenApiSchema Item)? RelationKind(Field field)
    {
        for (var type = field.GetType(); type is not null; type = type.BaseType)
        {
            if (!type.IsGenericType)
            {
                continue;
            }
            var definition = type.GetGenericTypeDefinition();
            var many = field.GetType().GetProperty("Many")?.GetValue(field) is true;
            if (definition == typeof(HyperlinkedRelatedField<>))
            {
                return (many, new OpenApiSchema { Type = JsonSchemaType.String, Format = "uri" });
            }
            if (definition == typeof(PrimaryKeyRelatedField<>))
            {
                var key = type.GetGenericArguments()[0].GetProperty("Id")?.PropertyType;
                var integer = key == typeof(int) || key == typeof(long);
                return (many, new OpenApiSchema { Type = integer ? JsonSchemaType.Integer : JsonSchemaType.String });
            }
            if (definition == typeof(RelatedField<>))
            {
                return (many, new OpenApiSchema { Type = JsonSchemaType.String });
            }
        }
        return null;
    }
}
