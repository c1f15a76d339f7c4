// Provides defaults that need the serializer context, as DRF's requires_context defaults.
using RestFramework.Serializers;

namespace RestFramework.Fields;

/// <summary>A default computed per validation from the field and its root serializer (DRF's callable defaults with <c>requires_context</c>).</summary>
public interface IFieldDefault
{
    /// <summary>Returns the default value; may throw <see cref="SkipField"/>.</summary>
    object? GetDefault(Field field, Serializer? root);
}
