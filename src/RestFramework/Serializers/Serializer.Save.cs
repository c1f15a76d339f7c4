// Provides saving for Serializer: save() dispatching to create() or update() with DRF's assertions.
using System.Collections;

namespace RestFramework.Serializers;

public abstract partial class Serializer
{
    /// <summary>DRF's <c>save(**kwargs)</c>: merges <paramref name="extra"/> into the validated data, then updates <see cref="Instance"/> or creates one.</summary>
    /// <returns>The saved instance (a list with <see cref="Many"/>), also stored in <see cref="Instance"/>.</returns>
    public async ValueTask<object> SaveAsync(IReadOnlyDictionary<string, object?>? extra = null, CancellationToken cancellationToken = default)
    {
        if (_errors is null)
        {
            throw new InvalidOperationException("You must call `.is_valid()` before calling `.save()`.");
        }
        if (HasErrors)
        {
            throw new InvalidOperationException("You cannot call `.save()` on a serializer with invalid data.");
        }
        if (_data is not null)
        {
            throw new InvalidOperationException(
                "You cannot call `.save()` after accessing `serializer.data`.If you need to access data before committing to the database then inspect 'serializer.validated_data' instead. ");
        }
        if (Many)
        {
            if (Instance is not null)
            {
                throw new InvalidOperationException(
                    "Serializers with many=True do not support multiple update by default, only multiple create. For updates it is unclear how to deal with insertions and deletions. If you need to support multiple update, use a `ListSerializer` class and override `.update()` so you can specify the behavior exactly.");
            }
            var created = new List<object>();
            foreach (var attrs in ValidatedList)
            {
                created.Add(await CreateObjectAsync(Merge(attrs, extra), cancellationToken).ConfigureAwait(false));
            }
            Instance = created;
            return created;
        }
        var data = Merge(ValidatedData, extra);
        Instance = Instance is not null
            ? await UpdateObjectAsync(Instance, data, cancellationToken).ConfigureAwait(false) ?? throw new InvalidOperationException("`update()` did not return an object instance.")
            : await CreateObjectAsync(data, cancellationToken).ConfigureAwait(false) ?? throw new InvalidOperationException("`create()` did not return an object instance.");
        return Instance;
    }

    /// <summary>Creates an instance from validated data; <see cref="Serializer{T}"/> routes it to its typed <c>CreateAsync</c>.</summary>
    /// <remarks>A plain serializer (input only, such as query parameters) has none: DRF's <c>create()</c> must be implemented.</remarks>
    private protected virtual ValueTask<object> CreateObjectAsync(OrderedDictionary<string, object?> validatedData, CancellationToken cancellationToken) =>
        throw new InvalidOperationException("`create()` must be implemented.");

    /// <summary>Updates an instance from validated data; <see cref="Serializer{T}"/> routes it to its typed <c>UpdateAsync</c>.</summary>
    private protected virtual ValueTask<object> UpdateObjectAsync(object instance, OrderedDictionary<string, object?> validatedData, CancellationToken cancellationToken) =>
        throw new InvalidOperationException("`update()` must be implemented.");

    private static OrderedDictionary<string, object?> Merge(OrderedDictionary<string, object?> data, IReadOnlyDictionary<string, object?>? extra)
    {
        if (extra is null || extra.Count == 0)
        {
            return data;
        }
        var merged = new OrderedDictionary<string, object?>(data);
        foreach (var (key, value) in extra)
        {
            merged[key] = value;
        }
        return merged;
    }

    /// <summary>Whether a value is nested writable data (a dictionary or list from a nested serializer).</summary>
    private protected static bool IsNestedData(object? value) => value is IDictionary or OrderedDictionary<string, object?> or IList;
}
