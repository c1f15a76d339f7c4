// Provides ModelMeta, the C# form of a ModelSerializer's inner Meta class.
using Microsoft.EntityFrameworkCore;
using RestFramework.Fields;
using RestFramework.Validators;

namespace RestFramework.Serializers;

/// <summary>DRF's <c>ModelSerializer.Meta</c>: which fields to generate from the EF Core model and how to adjust them.</summary>
/// <remarks>Exactly one of <see cref="Fields"/>, <see cref="AllFields"/> or <see cref="Exclude"/> is required, as in DRF 3.3+.</remarks>
public sealed class ModelMeta
{
    internal ModelMeta()
    {
    }

    internal IReadOnlyList<string>? FieldNames { get; private set; }

    internal bool All { get; private set; }

    internal IReadOnlyList<string>? Excluded { get; private set; }

    internal HashSet<string> ReadOnly { get; } = [];

    internal Dictionary<string, Action<Field>> Extra { get; } = [];

    internal OrderedDictionary<string, Field> Declared { get; } = [];

    internal List<IValidator> Validators { get; } = [];

    internal Type? ContextType { get; private set; }

    /// <summary>The DbContext whose model describes the entity and which saves it; resolved from the serializer context or the request's services.</summary>
    /// <returns>This meta.</returns>
    public ModelMeta DbContext<TContext>()
        where TContext : DbContext
    {
        ContextType = typeof(TContext);
        return this;
    }

    /// <summary>The fields to render, in order (DRF's <c>fields = [...]</c>): model properties in snake_case, navigations and declared fields.</summary>
    /// <returns>This meta.</returns>
    public ModelMeta Fields(params string[] names)
    {
        FieldNames = names;
        return this;
    }

    /// <summary>Every field (DRF's <c>fields = '__all__'</c>): the key, declared fields, properties, then forward relations.</summary>
    /// <returns>This meta.</returns>
    public ModelMeta AllFields()
    {
        All = true;
        return this;
    }

    /// <summary>Every field but these (DRF's <c>exclude</c>).</summary>
    /// <returns>This meta.</returns>
    public ModelMeta Exclude(params string[] names)
    {
        Excluded = names;
        return this;
    }

    /// <summary>Generated fields made read-only (DRF's <c>read_only_fields</c>).</summary>
    /// <returns>This meta.</returns>
    public ModelMeta ReadOnlyFields(params string[] names)
    {
        ReadOnly.UnionWith(names);
        return this;
    }

    /// <summary>Adjusts a generated field (DRF's <c>extra_kwargs</c>), e.g. <c>f =&gt; f.WriteOnly = true</c>.</summary>
    /// <returns>This meta.</returns>
    public ModelMeta ExtraKwargs(string name, Action<Field> configure)
    {
        Extra[name] = Extra.TryGetValue(name, out var previous) ? previous + configure : configure;
        return this;
    }

    /// <summary>Declares a field explicitly (a class attribute on a DRF ModelSerializer), e.g. a nested serializer.</summary>
    /// <returns>This meta.</returns>
    public ModelMeta Declare(string name, Field field)
    {
        Declared[name] = field;
        return this;
    }

    /// <summary>Adds an object-level validator (DRF's <c>Meta.validators</c>).</summary>
    /// <returns>This meta.</returns>
    public ModelMeta Validator(IValidator validator)
    {
        Validators.Add(validator);
        return this;
    }
}
