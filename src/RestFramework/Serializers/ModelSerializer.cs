// Provides ModelSerializer: a serializer whose fields, validators and create/update come from the EF Core model.
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using RestFramework.Fields;

namespace RestFramework.Serializers;

/// <summary>DRF's <c>ModelSerializer</c>: generates fields for <typeparamref name="TEntity"/> from the EF Core model as <see cref="Meta"/> says; creates and updates through the DbContext.</summary>
/// <typeparam name="TEntity">The entity type.</typeparam>
/// <remarks>The model comes from <c>Context.DbContext</c>, or the context type declared with <see cref="ModelMeta.DbContext{TContext}"/> resolved from the request's services.</remarks>
public abstract partial class ModelSerializer<TEntity> : Serializer<TEntity>
    where TEntity : class
{
    private Type? _contextType;

    /// <summary>Declares the model options (DRF's inner <c>Meta</c> class).</summary>
    protected abstract void Meta(ModelMeta meta);

    /// <inheritdoc />
    protected sealed override void Configure(FieldBuilder fields)
    {
        var meta = new ModelMeta();
        Meta(meta);
        _contextType = meta.ContextType;
        if (meta.FieldNames is null && !meta.All && meta.Excluded is null)
        {
            throw new InvalidOperationException(
                $"Creating a ModelSerializer without either the 'fields' attribute or the 'exclude' attribute has been deprecated since 3.3.0, and is now disallowed. Add an explicit fields = '__all__' to the {GetType().Name} serializer.");
        }
        var entityType = (Context.GetDbContext(meta.ContextType)?.Model
            ?? throw new InvalidOperationException(
                $"ModelSerializer `{GetType().Name}` needs the EF Core model: set `SerializerContext.DbContext`, or declare `meta.DbContext<TContext>()` and use it within a request whose services provide that context."))
            .FindEntityType(typeof(TEntity)) ?? throw new InvalidOperationException($"`{typeof(TEntity).Name}` is not an entity of the EF Core model.");
        var (defaults, extra) = Generate(entityType, meta.ContextType, Hyperlinked ? Context.Request?.Options.UrlFieldName ?? "url" : null);
        foreach (var (name, field) in Select(meta, defaults, extra))
        {
            if (meta.ReadOnly.Contains(name))
            {
                // As DRF's include_extra_kwargs for read_only: drop what only writable fields may have.
                field.ReadOnly = true;
                field.Required = null;
                field.Default = Field.NoDefault;
                field.Validators = [];
                (field as Relations.IReadOnlyCapable)?.MakeReadOnly();
            }
            if (meta.Extra.TryGetValue(name, out var configure))
            {
                configure(field);
            }
            fields.Add(name, field);
        }
        foreach (var validator in meta.Validators.Concat(UniqueTogether(entityType, fields, meta.ContextType)))
        {
            fields.Validator(validator);
        }
    }

    private IEnumerable<(string Name, Field Field)> Select(ModelMeta meta, OrderedDictionary<string, Field> defaults, Dictionary<string, Field> extra)
    {
        IEnumerable<string> names;
        if (meta.FieldNames is { } explicitNames)
        {
            foreach (var declared in meta.Declared.Keys.Where(d => !explicitNames.Contains(d)))
            {
                throw new InvalidOperationException($"The field '{declared}' was declared on serializer {GetType().Name}, but has not been included in the 'fields' option.");
            }
            names = explicitNames;
        }
        else
        {
            var all = defaults.Keys.Take(1).Concat(meta.Declared.Keys).Concat(defaults.Keys.Skip(1)).Distinct();
            names = meta.Excluded is { } excluded ? all.Where(n => !excluded.Contains(n)) : all;
        }
        foreach (var name in names)
        {
            var field = meta.Declared.GetValueOrDefault(name) ?? defaults.GetValueOrDefault(name) ?? extra.GetValueOrDefault(name)
                ?? throw new InvalidOperationException($"Field name `{name}` is not valid for model `{typeof(TEntity).Name}` in `{GetType().Name}`.");
            yield return (name, field);
        }
    }

    /// <summary>Whether the identity and relations are hyperlinks (<see cref="HyperlinkedModelSerializer{TEntity}"/>).</summary>
    private protected virtual bool Hyperlinked => false;

    private static (OrderedDictionary<string, Field> Defaults, Dictionary<string, Field> Extra) Generate(IEntityType entityType, Type? contextType, string? urlField)
    {
        var defaults = new OrderedDictionary<string, Field>();
        var extra = new Dictionary<string, Field>();
        var key = entityType.FindPrimaryKey()?.Properties;
        if (urlField is not null)
        {
            defaults[urlField] = new Relations.HyperlinkedIdentityField<TEntity>(ViewName(typeof(TEntity)));
        }
        if (key is { Count: 1 })
        {
            (urlField is null ? defaults : (IDictionary<string, Field>)extra)[Naming.SnakeCase(key[0].Name)] = ModelFieldMapper.ForProperty<TEntity>(key[0], contextType);
        }
        var navigations = entityType.GetNavigations().Where(n => !n.IsCollection && n.IsOnDependent).ToList();
        foreach (var clr in typeof(TEntity).GetProperties())
        {
            if (entityType.FindProperty(clr.Name) is not { } property || (key is { Count: 1 } && property == key[0]))
            {
                continue;
            }
            var target = property.IsForeignKey() && navigations.Any(n => n.ForeignKey.Properties.Contains(property)) ? extra : (IDictionary<string, Field>)defaults;
            target[Naming.SnakeCase(property.Name)] = ModelFieldMapper.ForProperty<TEntity>(property, contextType);
        }
        foreach (var navigation in navigations)
        {
            var foreignKey = navigation.ForeignKey.Properties.Count == 1 ? navigation.ForeignKey.Properties[0].PropertyInfo?.Name : null;
            var target = navigation.TargetEntityType.ClrType;
            var field = urlField is null
                ? ModelFieldMapper.ForRelation(target, contextType, many: false, foreignKey)
                : ModelFieldMapper.ForHyperlink(target, ViewName(target), contextType, many: false);
            if (!navigation.ForeignKey.IsRequired)
            {
                field.AllowNull = true;
                field.Required = false;
            }
            defaults[Naming.SnakeCase(navigation.Name)] = field;
        }
        foreach (var skip in entityType.GetSkipNavigations())
        {
            var target = skip.TargetEntityType.ClrType;
            defaults[Naming.SnakeCase(skip.Name)] = urlField is null
                ? ModelFieldMapper.ForRelation(target, contextType, many: true)
                : ModelFieldMapper.ForHyperlink(target, ViewName(target), contextType, many: true);
        }
        return (defaults, extra);
    }

    private static IEnumerable<Validators.IValidator> UniqueTogether(IEntityType entityType, FieldBuilder fields, Type? contextType)
    {
        foreach (var index in entityType.GetIndexes().Where(i => i.IsUnique && i.Properties.Count > 1))
        {
            var names = new List<string>();
            foreach (var property in index.Properties)
            {
                var navigation = entityType.GetNavigations().FirstOrDefault(n => n.IsOnDependent && n.ForeignKey.Properties.Contains(property));
                var name = Naming.SnakeCase(navigation?.Name ?? property.Name);
                if (!fields.Fields.TryGetValue(name, out var field) || (field.ReadOnly && !field.HasDefault))
                {
                    names.Clear();
                    break;
                }
                names.Add(name);
            }
            if (names.Count == 0)
            {
                continue;
            }
            foreach (var name in names)
            {
                var field = fields.Fields[name];
                if (!field.ReadOnly && !field.HasDefault)
                {
                    field.Required = true;
                }
            }
            yield return new Validators.UniqueTogetherValidator<TEntity>(ModelFieldMapper.Queryset<TEntity>(contextType), names, [.. index.Properties.Select(p => p.Name)])
            {
                KeyProperty = entityType.FindPrimaryKey()?.Properties[0].Name ?? "Id",
            };
        }
    }

    /// <summary>DRF's default detail route name of a model: <c>&lt;model&gt;-detail</c> with the lower-cased class name.</summary>
    private static string ViewName(Type entity) => entity.Name.ToLowerInvariant() + "-detail";

    /// <summary>The DbContext that saves entities: <c>Context.DbContext</c> or the declared context type from the request's services.</summary>
    protected DbContext GetDbContext() => Context.GetDbContext(_contextType ?? ContextTypeOf(this))
        ?? throw new InvalidOperationException($"`{GetType().Name}` cannot save without a DbContext: set `SerializerContext.DbContext` or declare `meta.DbContext<TContext>()`.");

    private static Type? ContextTypeOf(ModelSerializer<TEntity> serializer)
    {
        var meta = new ModelMeta();
        serializer.Meta(meta);
        return meta.ContextType;
    }
}
