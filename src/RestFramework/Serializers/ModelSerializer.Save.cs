// Provides ModelSerializer's default create and update through the DbContext, with DRF's guard against writable nested fields.
using System.Collections;
using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore;
using RestFramework.Fields;

namespace RestFramework.Serializers;

public abstract partial class ModelSerializer<TEntity>
{
    private static readonly Func<TEntity> Factory = Expression.Lambda<Func<TEntity>>(Expression.New(typeof(TEntity))).Compile();

    /// <summary>DRF's <c>ModelSerializer.create</c>: a new entity with the validated attributes, added and saved.</summary>
    protected override async ValueTask<TEntity> CreateAsync(OrderedDictionary<string, object?> validatedData, CancellationToken cancellationToken)
    {
        RaiseErrorsOnNestedWrites("create", validatedData);
        var db = GetDbContext();
        var entity = Factory();
        Assign(entity, validatedData);
        db.Add(entity);
        await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        return entity;
    }

    /// <summary>DRF's <c>ModelSerializer.update</c>: assigns the validated attributes and saves.</summary>
    protected override async ValueTask<TEntity> UpdateAsync(TEntity instance, OrderedDictionary<string, object?> validatedData, CancellationToken cancellationToken)
    {
        RaiseErrorsOnNestedWrites("update", validatedData);
        var db = GetDbContext();
        if (db.Entry(instance).State == EntityState.Detached)
        {
            db.Attach(instance);
        }
        var entry = db.Entry(instance);
        foreach (var navigation in entry.Collections)
        {
            // A many-relation is replaced as a whole (DRF's field.set(value)): load it so removals are tracked.
            if (!navigation.IsLoaded && validatedData.Keys.Any(k => MemberAccess.Resolve(typeof(TEntity), k)?.Name == navigation.Metadata.Name))
            {
                await navigation.LoadAsync(cancellationToken).ConfigureAwait(false);
            }
        }
        Assign(instance, validatedData);
        await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        return instance;
    }

    private static void Assign(TEntity entity, OrderedDictionary<string, object?> data)
    {
        foreach (var (key, value) in data)
        {
            if (value is IList items && value is not string && MemberAccess.TryGet(entity, key, out var current) && current is IList collection)
            {
                collection.Clear();
                foreach (var item in items)
                {
                    collection.Add(item);
                }
                continue;
            }
            MemberAccess.Set(entity, key, value);
        }
    }

    private void RaiseErrorsOnNestedWrites(string method, OrderedDictionary<string, object?> data)
    {
        var name = $"{GetType().Namespace}.{GetType().Name}";
        foreach (var field in Schema.Writable)
        {
            if (field is Serializer && data.TryGetValue(field.EffectiveSource, out var value) && IsNestedData(value))
            {
                throw new InvalidOperationException(
                    $"The `.{method}()` method does not support writable nested fields by default.\nWrite an explicit `.{method}()` method for serializer `{name}`, or set `read_only=True` on nested serializer fields.");
            }
            if (field.SourceAttrs.Count > 1 && data.TryGetValue(field.SourceAttrs[0], out var nested) && IsNestedData(nested))
            {
                throw new InvalidOperationException(
                    $"The `.{method}()` method does not support writable dotted-source fields by default.\nWrite an explicit `.{method}()` method for serializer `{name}`, or set `read_only=True` on dotted-source serializer fields.");
            }
        }
    }
}
