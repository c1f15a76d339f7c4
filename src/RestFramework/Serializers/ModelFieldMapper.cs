// Provides the mapping of EF Core properties and navigations to serializer fields (DRF's serializer_field_mapping and get_field_kwargs).
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using RestFramework.Fields;
using RestFramework.Relations;
using RestFramework.Validators;

namespace RestFramework.Serializers;

/// <summary>Builds the default field of an EF Core property or navigation, once per serializer type.</summary>
internal static class ModelFieldMapper
{
    public static Field ForProperty<TEntity>(IProperty property, Type? contextType)
        where TEntity : class
    {
        var type = Nullable.GetUnderlyingType(property.ClrType) ?? property.ClrType;
        if ((property.IsPrimaryKey() && property.ValueGenerated != ValueGenerated.Never) || property.ValueGenerated == ValueGenerated.OnAddOrUpdate
            || property.ValueGenerated == ValueGenerated.OnUpdate)
        {
            var readOnly = Create(property, type);
            readOnly.ReadOnly = true;
            if (property.IsPrimaryKey() && property.Name == "Id")
            {
                // Django's automatic primary key is verbose_name "ID", so its label is "ID".
                readOnly.Label = "ID";
            }
            return readOnly;
        }
        var field = Create(property, type);
        if (property.IsNullable)
        {
            field.AllowNull = true;
            field.Required = false;
        }
        if (property.FindAnnotation(RelationalAnnotationNames.DefaultValue) is not null || property.GetDefaultValueSql() is not null)
        {
            field.Required = false;
        }
        var unique = property.GetContainingIndexes().FirstOrDefault(i => i.IsUnique && i.Properties.Count == 1);
        if (unique is not null && !property.IsPrimaryKey())
        {
            var entityName = Naming.SnakeCase(typeof(TEntity).Name).Replace('_', ' ');
            var label = Naming.SnakeCase(property.Name).Replace('_', ' ');
            var key = property.DeclaringType.ContainingEntityType.FindPrimaryKey()?.Properties[0].Name ?? "Id";
            field.Validators = [new UniqueValidator<TEntity>(Queryset<TEntity>(contextType), property.Name, $"{entityName} with this {label} already exists.") { KeyProperty = key }];
        }
        return field;
    }

    private static Field Create(IProperty property, Type type)
    {
        if (property.IsPrimitiveCollection && property.GetElementType() is { } element)
        {
            var itemType = Nullable.GetUnderlyingType(element.ClrType) ?? element.ClrType;
            var child = itemType == typeof(string) ? new CharField { MaxLength = element.GetMaxLength() } : Create(property, itemType);
            child.AllowNull = element.IsNullable && itemType != typeof(string);
            return new ListField(child);
        }
        if (type.IsEnum)
        {
            return new ChoiceField(ChoiceField.EnumChoices(type));
        }
        return type switch
        {
            _ when type == typeof(string) => new CharField { MaxLength = property.GetMaxLength(), AllowBlank = property.IsNullable },
            _ when type == typeof(bool) => new BooleanField(),
            // The column's CLR type bounds the input (DRF takes max_value/min_value from Django's integer field ranges).
            _ when IntegerRange.Of(type) is { } range => new IntegerField { StorageRange = range },
            _ when type == typeof(double) || type == typeof(float) => new FloatField(),
            _ when type == typeof(decimal) => new DecimalField { MaxDigits = property.GetPrecision(), DecimalPlaces = property.GetScale() },
            _ when type == typeof(DateTime) || type == typeof(DateTimeOffset) => new DateTimeField(),
            _ when type == typeof(DateOnly) => new DateField(),
            _ when type == typeof(TimeOnly) => new TimeField(),
            _ when type == typeof(TimeSpan) => new DurationField(),
            _ when type == typeof(Guid) => new UuidField(),
            _ when typeof(JsonNode).IsAssignableFrom(type) || type == typeof(JsonElement) || type == typeof(JsonDocument) => new JsonField(),
            _ => new ReadOnlyField(),
        };
    }

    /// <summary>A <see cref="PrimaryKeyRelatedField{TEntity}"/> for a navigation to <paramref name="target"/> (generic construction at startup).</summary>
    public static Field ForRelation(Type target, Type? contextType, bool many, string? foreignKey = null) =>
        (Field)typeof(ModelFieldMapper).GetMethod(nameof(CreateRelation), System.Reflection.BindingFlags.NonPublic | System.Reflection.BindingFlags.Static)!
            .MakeGenericMethod(target).Invoke(null, [contextType, many, foreignKey])!;

    private static Field CreateRelation<TTarget>(Type? contextType, bool many, string? foreignKey)
        where TTarget : class => new PrimaryKeyRelatedField<TTarget> { Queryset = Queryset<TTarget>(contextType), Many = many, AllowEmpty = !many, ForeignKey = foreignKey };

    /// <summary>A <see cref="HyperlinkedRelatedField{TEntity}"/> to <paramref name="target"/>'s route <paramref name="viewName"/>.</summary>
    public static Field ForHyperlink(Type target, string viewName, Type? contextType, bool many) =>
        (Field)typeof(ModelFieldMapper).GetMethod(nameof(CreateHyperlink), System.Reflection.BindingFlags.NonPublic | System.Reflection.BindingFlags.Static)!
            .MakeGenericMethod(target).Invoke(null, [viewName, contextType, many])!;

    private static Field CreateHyperlink<TTarget>(string viewName, Type? contextType, bool many)
        where TTarget : class => new HyperlinkedRelatedField<TTarget>(viewName) { Queryset = Queryset<TTarget>(contextType), Many = many, AllowEmpty = !many };

    /// <summary>The DbSet of <typeparamref name="T"/> in the context's database.</summary>
    public static Func<SerializerContext, IQueryable<T>> Queryset<T>(Type? contextType)
        where T : class => context => (context.GetDbContext(contextType)
            ?? throw new InvalidOperationException($"No DbContext for `{typeof(T).Name}`: set `SerializerContext.DbContext` or register {contextType?.Name ?? "the DbContext"} in the request's services.")).Set<T>();
}
