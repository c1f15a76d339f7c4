// Provides UniqueTogetherValidator: a set of fields must be unique together (a composite unique index).
using RestFramework.Exceptions;
using RestFramework.Fields;
using RestFramework.Relations;
using RestFramework.Serializers;

namespace RestFramework.Validators;

/// <summary>DRF's <c>UniqueTogetherValidator</c>: an object-level validator; on create every field of the set is required; skipped when a value is null.</summary>
/// <typeparam name="TEntity">The entity type.</typeparam>
/// <param name="queryset">The entities to check, from the serializer context.</param>
/// <param name="fields">The serializer field names of the set.</param>
/// <param name="properties">The entity properties filtered on, in the same order (foreign keys for relations); defaults to the fields' sources.</param>
public sealed class UniqueTogetherValidator<TEntity>(Func<SerializerContext, IQueryable<TEntity>> queryset, IReadOnlyList<string> fields, IReadOnlyList<string>? properties = null) : IValidator
    where TEntity : class
{
    /// <summary>The message; <c>{field_names}</c> is the names joined with ", ".</summary>
    public string Message { get; set; } = "The fields {field_names} must make a unique set.";

    /// <summary>The primary key property used to exclude the updated instance. Defaults to <c>Id</c>.</summary>
    public string KeyProperty { get; set; } = "Id";

    /// <summary>The field names of the set.</summary>
    public IReadOnlyList<string> Fields { get; } = fields;

    /// <inheritdoc />
    public void Validate(object? value, Field field, Serializer? root)
    {
        var attrs = (OrderedDictionary<string, object?>)value!;
        var serializer = (Serializer)field;
        var sources = Fields.Select(f => serializer.Fields[f].EffectiveSource).ToList();
        if (root?.Instance is null)
        {
            var missing = new OrderedDictionary<string, object>();
            foreach (var (name, source) in Fields.Zip(sources))
            {
                if (!attrs.ContainsKey(source))
                {
                    missing[name] = new ErrorDetail("This field is required.", "required");
                }
            }
            if (missing.Count > 0)
            {
                throw new ValidationError(missing, "required");
            }
        }
        var terms = new List<(string, Type, object?)>();
        for (var i = 0; i < sources.Count; i++)
        {
            var member = MemberAccess.Resolve(typeof(TEntity), properties?[i] ?? sources[i])!;
            object? current = null;
            var present = attrs.TryGetValue(sources[i], out current)
                || (root?.Instance is { } instance && MemberAccess.TryGet(instance, properties is null ? member.Name : sources[i], out current));
            if (!present || current is null || current is OrderedDictionary<string, object?>)
            {
                return;
            }
            terms.Add((member.Name, MemberAccess.TypeOf(member), current is IConvertible or Guid ? current : KeyOf(current)));
        }
        var context = root?.Context ?? SerializerContext.Empty;
        if (EntityLookup.Exists(context, queryset(context), terms, CurrentKey(root, KeyProperty)))
        {
            throw new ValidationError(new ErrorDetail(Field.FormatMessage(Message, ("field_names", string.Join(", ", Fields))), "unique"));
        }
    }

    private static object? KeyOf(object value) => MemberAccess.TryGet(value, "Id", out var key) ? key : value;

    /// <summary>The key of the instance being updated, to exclude it from the check.</summary>
    internal static (string, Type, object?)? CurrentKey(Serializer? root, string keyProperty)
    {
        if (root?.Instance is not TEntity instance || MemberAccess.Resolve(typeof(TEntity), keyProperty) is not { } member)
        {
            return null;
        }
        MemberAccess.TryGet(instance, member.Name, out var key);
        return (member.Name, MemberAccess.TypeOf(member), key);
    }
}
