// Provides UniqueValidator: a field value must not exist yet in the queryset.
using RestFramework.Exceptions;
using RestFramework.Fields;
using RestFramework.Relations;
using RestFramework.Serializers;

namespace RestFramework.Validators;

/// <summary>DRF's <c>UniqueValidator</c>: fails with <c>unique</c> when another <typeparamref name="TEntity"/> has the same <paramref name="property"/> value (the updated instance excluded).</summary>
/// <typeparam name="TEntity">The entity type.</typeparam>
/// <param name="queryset">The entities to check, from the serializer context.</param>
/// <param name="property">The entity property.</param>
/// <param name="message">The message, e.g. <c>book with this title already exists.</c></param>
public sealed class UniqueValidator<TEntity>(Func<SerializerContext, IQueryable<TEntity>> queryset, string property, string message) : IValidator
    where TEntity : class
{
    /// <summary>The primary key property used to exclude the updated instance. Defaults to <c>Id</c>.</summary>
    public string KeyProperty { get; set; } = "Id";

    /// <inheritdoc />
    public void Validate(object? value, Field field, Serializer? root)
    {
        var member = MemberAccess.Resolve(typeof(TEntity), property)!;
        var exclude = UniqueTogetherValidator<TEntity>.CurrentKey(root, KeyProperty);
        var context = root?.Context ?? SerializerContext.Empty;
        if (EntityLookup.Exists(context, queryset(context), [(member.Name, MemberAccess.TypeOf(member), value)], exclude))
        {
            throw new ValidationError(new ErrorDetail(message, "unique"));
        }
    }
}
