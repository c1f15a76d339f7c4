// Provides the lookup expressions of field filters (exact, icontains, gte, in, range, isnull, ...) as EF Core-translatable predicates.
using System.Linq.Expressions;
using System.Reflection;

namespace RestFramework.Filters;

/// <summary>Builds the predicate of one lookup on a column; case-insensitive lookups compare <c>lower()</c> on both sides.</summary>
internal static class Lookups
{
    private static readonly MethodInfo ToLower = typeof(string).GetMethod(nameof(string.ToLower), Type.EmptyTypes)!;
    private static readonly MethodInfo Contains = typeof(string).GetMethod(nameof(string.Contains), [typeof(string)])!;
    private static readonly MethodInfo StartsWith = typeof(string).GetMethod(nameof(string.StartsWith), [typeof(string)])!;
    private static readonly MethodInfo EndsWith = typeof(string).GetMethod(nameof(string.EndsWith), [typeof(string)])!;

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
    /// <param name="value">The value, already lower-cased for the case-insensitive lookups.</param>
    public static Expression Single(string lookup, Expression column, Expression value) => lookup switch
    {
        "exact" => Comparison.Build(ExpressionType.Equal, column, value),
        "iexact" => Expression.Equal(Lower(column), value),
        "contains" => Expression.Call(column, Contains, value),
        "icontains" => Expression.Call(Lower(column), Contains, value),
        "startswith" => Expression.Call(column, StartsWith, value),
        "istartswith" => Expression.Call(Lower(column), StartsWith, value),
        "endswith" => Expression.Call(column, EndsWith, value),
        "iendswith" => Expression.Call(Lower(column), EndsWith, value),
        "gt" => Comparison.Build(ExpressionType.GreaterThan, column, value),
        "gte" => Comparison.Build(ExpressionType.GreaterThanOrEqual, column, value),
        "lt" => Comparison.Build(ExpressionType.LessThan, column, value),
        "lte" => Comparison.Build(ExpressionType.LessThanOrEqual, column, value),
        _ => throw new InvalidOperationException($"Unknown lookup '{lookup}'."),
    };

    /// <summary>Whether the lookup lower-cases its value.</summary>
    public static bool IsCaseInsensitive(string lookup) => lookup is "iexact" or "icontains" or "istartswith" or "iendswith";

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
}
