// Provides CreateOnlyDefault, a default applied only when creating.
using RestFramework.Serializers;

namespace RestFramework.Fields;

/// <summary>Applies <paramref name="value"/> on create and skips the field on update, as DRF's <c>CreateOnlyDefault</c>.</summary>
/// <param name="value">A value, a <see cref="Func{TResult}"/> or an <see cref="IFieldDefault"/>.</param>
public sealed class CreateOnlyDefault(object? value) : IFieldDefault
{
    /// <inheritdoc />
    public object? GetDefault(Field field, Serializer? root)
    {
        if (root?.Instance is not null)
        {
            throw new SkipField();
        }
        return Field.ResolveDefault(value, field, root);
    }
}
