// Provides FieldBuilder, where a serializer declares its fields in order.
using RestFramework.Fields;
using RestFramework.Validators;

namespace RestFramework.Serializers;

/// <summary>Collects a serializer's declared fields in declaration order, as DRF's class attributes.</summary>
/// <remarks>Adding a name that already exists (a subclass overriding a parent field) keeps the parent's position.</remarks>
public sealed class FieldBuilder
{
    private readonly OrderedDictionary<string, Field> _fields = [];

    internal FieldBuilder()
    {
    }

    /// <summary>The declared fields by name.</summary>
    public IReadOnlyDictionary<string, Field> Fields => _fields;

    /// <summary>Object-level validators (DRF's <c>Meta.validators</c>), run before <c>Validate</c>.</summary>
    public IList<IValidator> Validators { get; } = [];

    /// <summary>Declares (or replaces) the field <paramref name="name"/>.</summary>
    /// <returns>This builder.</returns>
    public FieldBuilder Add(string name, Field field)
    {
        _fields[name] = field;
        return this;
    }

    /// <summary>Removes a declared field (DRF's <c>field = None</c> in a subclass).</summary>
    /// <returns>This builder.</returns>
    public FieldBuilder Remove(string name)
    {
        _fields.Remove(name);
        return this;
    }

    /// <summary>Adds an object-level validator.</summary>
    /// <returns>This builder.</returns>
    public FieldBuilder Validator(IValidator validator)
    {
        Validators.Add(validator);
        return this;
    }

    internal OrderedDictionary<string, Field> Build() => _fields;
}
