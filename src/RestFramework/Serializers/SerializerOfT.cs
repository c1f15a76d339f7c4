// Provides Serializer<T>: a serializer of instances of T with typed create and update hooks.
namespace RestFramework.Serializers;

/// <summary>A <see cref="Serializer"/> of <typeparamref name="T"/> instances; override <see cref="CreateAsync"/> and <see cref="UpdateAsync"/> to save.</summary>
/// <typeparam name="T">The instance type.</typeparam>
public abstract partial class Serializer<T> : Serializer
    where T : class
{
    /// <summary>The instance being updated or rendered, typed.</summary>
    public T? TypedInstance => Instance as T;

    internal sealed override Type? InstanceType => typeof(T);

    /// <summary>Creates a <typeparamref name="T"/> from validated data (DRF's <c>create</c>). Not implemented by default.</summary>
    protected virtual ValueTask<T> CreateAsync(OrderedDictionary<string, object?> validatedData, CancellationToken cancellationToken) =>
        throw new InvalidOperationException("`create()` must be implemented.");

    /// <summary>Updates <paramref name="instance"/> from validated data (DRF's <c>update</c>). Not implemented by default.</summary>
    protected virtual ValueTask<T> UpdateAsync(T instance, OrderedDictionary<string, object?> validatedData, CancellationToken cancellationToken) =>
        throw new InvalidOperationException("`update()` must be implemented.");

    private protected sealed override async ValueTask<object> CreateObjectAsync(OrderedDictionary<string, object?> validatedData, CancellationToken cancellationToken) =>
        await CreateAsync(validatedData, cancellationToken).ConfigureAwait(false);

    private protected sealed override async ValueTask<object> UpdateObjectAsync(object instance, OrderedDictionary<string, object?> validatedData, CancellationToken cancellationToken) =>
        await UpdateAsync((T)instance, validatedData, cancellationToken).ConfigureAwait(false);
}
