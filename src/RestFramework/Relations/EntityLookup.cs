// Provides lookups of entities by property values as parameterised EF Core queries (DRF's queryset.get / filter().exists()).
using System.Collections.Concurrent;
using System.Linq.Expressions;
using System.Runtime.CompilerServices;
using Microsoft.EntityFrameworkCore;
using RestFramework.Serializers;

namespace RestFramework.Relations;

/// <summary>Finds entities whose properties equal values; values become query parameters so EF Core reuses the plan.</summary>
internal static class EntityLookup
{
    private static readonly ConcurrentDictionary<Type, Func<object?, IStrongBox>> Boxes = new();

    /// <summary>The entity whose <paramref name="property"/> equals <paramref name="value"/>, from the context's preloaded entities when they cover it.</summary>
    public static TEntity? Find<TEntity>(SerializerContext context, IQueryable<TEntity> queryset, string property, Type propertyType, object? value)
        where TEntity : class =>
        IsUnstorable(value) ? null
        : Preloaded(context, queryset) is { } preloaded && preloaded.TryFind<TEntity>(property, Fields.Coercion.To(value, propertyType), out var found)
            ? found
            : queryset.FirstOrDefault(Predicate<TEntity>([(property, propertyType, value)], null));

    /// <summary>Whether any entity matches every (property, value) pair, excluding the entity whose key equals <paramref name="exclude"/>.</summary>
    public static bool Exists<TEntity>(SerializerContext context, IQueryable<TEntity> queryset, IReadOnlyList<(string Property, Type Type, object? Value)> equals, (string Property, Type Type, object? Value)? exclude)
        where TEntity : class =>
        !equals.Any(e => IsUnstorable(e.Value)) && (equals is [var term] && Preloaded(context, queryset) is { } preloaded
            && preloaded.TryExists<TEntity>(term.Property, Fields.Coercion.To(term.Value, term.Type), exclude, out var exists)
            ? exists
            : queryset.Any(Predicate<TEntity>(equals, exclude)));

    /// <summary>
    /// Whether <paramref name="value"/> is text no row can hold: a lone surrogate is not Unicode, so UTF-8 databases cannot store it
    /// and Npgsql cannot even send it (a 500). Such a value matches nothing; the field's own validator then names it.
    /// </summary>
    private static bool IsUnstorable(object? value)
    {
        if (value is not string text)
        {
            return false;
        }
        for (var i = 0; i < text.Length; i++)
        {
            if (char.IsHighSurrogate(text[i]) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                i++;
            }
            else if (char.IsSurrogate(text[i]))
            {
                return true;
            }
        }
        return false;
    }

    // Preloaded entities stand for the whole table: a filtered queryset is always queried.
    private static PreloadedEntities? Preloaded<TEntity>(SerializerContext context, IQueryable<TEntity> queryset)
        where TEntity : class => queryset is DbSet<TEntity> ? context.Preloaded : null;

    private static Expression<Func<TEntity, bool>> Predicate<TEntity>(IReadOnlyList<(string Property, Type Type, object? Value)> equals, (string Property, Type Type, object? Value)? exclude)
    {
        var entity = Expression.Parameter(typeof(TEntity), "e");
        Expression? body = null;
        foreach (var term in equals)
        {
            var test = Compare(entity, term);
            body = body is null ? test : Expression.AndAlso(body, test);
        }
        if (exclude is { } excluded)
        {
            var test = Expression.Not(Compare(entity, excluded));
            body = body is null ? test : Expression.AndAlso(body, test);
        }
        return Expression.Lambda<Func<TEntity, bool>>(body ?? Expression.Constant(true), entity);
    }

    private static BinaryExpression Compare(ParameterExpression entity, (string Property, Type Type, object? Value) term)
    {
        var box = Boxes.GetOrAdd(term.Type, static t =>
        {
            var v = Expression.Parameter(typeof(object));
            var boxType = typeof(StrongBox<>).MakeGenericType(t);
            var create = Expression.New(boxType.GetConstructor([t])!, Expression.Convert(v, t));
            return Expression.Lambda<Func<object?, IStrongBox>>(create, v).Compile();
        })(Fields.Coercion.To(term.Value, term.Type));
        var left = Expression.Call(typeof(EF), nameof(EF.Property), [term.Type], entity, Expression.Constant(term.Property));
        return Expression.Equal(left, Expression.Field(Expression.Constant(box), "Value"));
    }
}
