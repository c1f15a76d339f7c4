// Provides the predicates of object lookups by URL value, built once per entity type and field.
using System.Collections.Concurrent;
using System.Linq.Expressions;
using RestFramework.Filters;

namespace RestFramework.Generics;

/// <summary>Builds <c>x =&gt; x.Field == value</c> for a URL value, parsed to the field's type.</summary>
internal static class Lookups
{
    private static readonly ConcurrentDictionary<(Type Entity, string Field), FieldPath> Paths = new();

    /// <summary>The predicate, or null when <paramref name="text"/> is not a value of the field's type.</summary>
    public static Expression<Func<TEntity, bool>>? Predicate<TEntity>(string field, string text)
    {
        var path = Paths.GetOrAdd((typeof(TEntity), field), static key => FieldPath.Get(key.Entity, key.Field));
        var parsed = ParseUrlValue(path.LeafType, text);
        if (parsed.Error is not null || parsed.Ignored || parsed.Value is null)
        {
            return null;
        }
        var parameter = Expression.Parameter(typeof(TEntity), "x");
        var value = Expression.Property(Expression.Constant(new Boxed(parsed.Value)), nameof(Boxed.Value));
        var body = Expression.Equal(path.Access(parameter), Expression.Convert(value, path.LeafType));
        return Expression.Lambda<Func<TEntity, bool>>(body, parameter);
    }

    // As Django's model fields prepare a URL value: text as it is, integers by int() (a value out of range matches nothing).
    private static ParsedValue ParseUrlValue(Type type, string text)
    {
        var target = Nullable.GetUnderlyingType(type) ?? type;
        if (target == typeof(string))
        {
            return new(text);
        }
        if (ValueParser.IsInteger(target))
        {
            if (!Fields.PythonNumbers.TryParse(text, out var whole, out var overflow) || overflow)
            {
                return new(null, ValueParser.InvalidNumber);
            }
            try
            {
                return new(Convert.ChangeType(whole, target, System.Globalization.CultureInfo.InvariantCulture));
            }
            catch (OverflowException)
            {
                return new(null, ValueParser.InvalidNumber);
            }
        }
        return ValueParser.Parse(type, text.Trim());
    }

    /// <summary><c>x =&gt; x.Property == value</c>, with the value sent as a parameter.</summary>
    public static Expression<Func<TEntity, bool>> Equal<TEntity>(System.Reflection.PropertyInfo property, object value)
    {
        var parameter = Expression.Parameter(typeof(TEntity), "x");
        var boxed = Expression.Property(Expression.Constant(new Boxed(value)), nameof(Boxed.Value));
        var body = Expression.Equal(Expression.Property(parameter, property), Expression.Convert(boxed, property.PropertyType));
        return Expression.Lambda<Func<TEntity, bool>>(body, parameter);
    }

    // A closure-like holder so EF Core sends the value as a parameter and caches one query plan.
    private sealed record Boxed(object Value);
}
