// Provides the lookup expressions of field filters (exact, icontains, gte, in, range, isnull, ...) as EF Core-translatable predicates.
using System.Linq.Expressions;
using System.Reflection;
using Microsoft.EntityFrameworkCore;

namespace RestFramework.Filters;

/// <summary>
/// Builds the predicate of one lookup on a column as Django writes its SQL: <c>contains</c>, <c>startswith</c>, <c>endswith</c>
/// are <c>LIKE</c> with <c>\</c> escaping (so on SQLite they ignore ASCII case, as Django's do there); case-insensitive lookups
/// compare <c>lower()</c> on both sides, so folding is the database's.
/// </summary>
internal static class Lookups
{
    private static readonly MethodInfo ToLower = typeof(string).GetMethod(nameof(string.ToLower), Type.EmptyTypes)!;
    private static readonly MethodInfo LikeMethod = typeof(DbFunctionsExtensions).GetMethod(
        nameof(DbFunctionsExtensions.Like), [typeof(DbFunctions), typeof(string), typeof(string), typeof(string)])!;
    private static readonly MethodInfo EfParameter = typeof(EF).GetMethod(nameof(EF.Parameter))!.MakeGenericMethod(typeof(string));
    private static readonly Expression Functions = Expression.Property(null, typeof(EF), nameof(EF.Functions));
    private static readonly Expression Backslash = Expression.Constant("\\");

    /// <summary>The lookups DjangoFilterBackend supports.</summary>
    public static readonly IReadOnlySet<string> Supported = new HashSet<string>(StringComparer.Ordinal)
    {
        "exact", "iexact", "contains", "icontains", "startswith", "istartswith", "endswith", "iendswith",
        "gt", "gte", "lt", "lte", "in", "isnull", "range",
    };

    /// <summary>Whether <paramref name="lookup"/> compares text, so the column must be a string.</summary>
    public static bool IsText(string lookup) => lookup is "iexact" or "contains" or "icontains" or "startswith" or "istartswith" or "endswith" or "iendswith";

    /// <summary>The predicate <paramref name="column"/> <paramref name="lookup"/> <paramref name="value"/>.</summary>
    /// <param name="lookup">A single-value lookup (not <c>in</c>, <c>range</c> or <c>isnull</c>).</param>
    /// <param name="column">The column.</param>
    /// <param name="value">The parsed value (a string for the text lookups).</param>
    /// <param name="valueType">The type the value is sent as.</param>
    public static Expression Single(string lookup, Expression column, object value, Type valueType) => lookup switch
    {
        "iexact" => Expression.Equal(Lower(column), LowerValue(QueryValue.For((string)value))),
        "contains" or "icontains" or "startswith" or "istartswith" or "endswith" or "iendswith" => Like(lookup, column, (string)value),
        _ => Compare(lookup, column, QueryValue.For(value, valueType)),
    };

    /// <summary>The <c>LIKE</c> of a text lookup (<c>contains</c>, <c>startswith</c>, <c>endswith</c>, or an <c>i</c> form) for <paramref name="text"/>.</summary>
    public static Expression Like(string lookup, Expression column, string text)
    {
        var escaped = text.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("%", "\\%", StringComparison.Ordinal).Replace("_", "\\_", StringComparison.Ordinal);
        var pattern = QueryValue.For(lookup switch
        {
            "contains" or "icontains" => "%" + escaped + "%",
            "startswith" or "istartswith" => escaped + "%",
            _ => "%" + escaped,
        });
        return lookup[0] == 'i'
            ? Expression.Call(LikeMethod, Functions, Lower(column), LowerValue(pattern), Backslash)
            : Expression.Call(LikeMethod, Functions, column, pattern, Backslash);
    }

    private static Expression Compare(string lookup, Expression column, Expression value) => lookup switch
    {
        "exact" => Comparison.Build(ExpressionType.Equal, column, value),
        "gt" => Comparison.Build(ExpressionType.GreaterThan, column, value),
        "gte" => Comparison.Build(ExpressionType.GreaterThanOrEqual, column, value),
        "lt" => Comparison.Build(ExpressionType.LessThan, column, value),
        "lte" => Comparison.Build(ExpressionType.LessThanOrEqual, column, value),
        _ => throw new InvalidOperationException($"Unknown lookup '{lookup}'."),
    };

    /// <summary><c>column == null</c> or <c>column != null</c>.</summary>
    public static Expression IsNull(Expression column, bool isNull)
    {
        if (column.Type.IsValueType && Nullable.GetUnderlyingType(column.Type) is null)
        {
            column = Expression.Convert(column, typeof(Nullable<>).MakeGenericType(column.Type));
        }
        var nullValue = Expression.Constant(null, column.Type);
        return isNull ? Expression.Equal(column, nullValue) : Expression.NotEqual(column, nullValue);
    }

    /// <summary><c>lower(column)</c>.</summary>
    public static Expression Lower(Expression column) => Expression.Call(column, ToLower);

    /// <summary><c>lower(@value)</c> in SQL: <c>EF.Parameter</c> keeps EF Core from lowering the value in .NET, so both sides fold alike.</summary>
    public static Expression LowerValue(Expression value) => Expression.Call(Expression.Call(EfParameter, value), ToLower);
}
