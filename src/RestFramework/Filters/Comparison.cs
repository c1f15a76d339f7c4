// Provides comparison expressions that EF Core translates for every column type, strings and enums included.
using System.Collections.Concurrent;
using System.Linq.Expressions;
using System.Reflection;

namespace RestFramework.Filters;

/// <summary>Builds <c>&lt;</c>, <c>&lt;=</c>, <c>&gt;</c>, <c>&gt;=</c> and <c>==</c> between a column and a value.</summary>
internal static class Comparison
{
    private static readonly ConcurrentDictionary<Type, Type> NumberTypes = new();
    private static readonly MethodInfo StringCompare = typeof(string).GetMethod(nameof(string.Compare), [typeof(string), typeof(string)])!;

    /// <summary><paramref name="left"/> <paramref name="op"/> <paramref name="right"/>; strings compare with <c>string.Compare</c>.</summary>
    public static Expression Build(ExpressionType op, Expression left, Expression right)
    {
        if (right.Type != left.Type)
        {
            right = Expression.Convert(right, left.Type);
        }
        var underlying = Nullable.GetUnderlyingType(left.Type) ?? left.Type;
        if (underlying.IsEnum && op != ExpressionType.Equal)
        {
            var target = NumberTypes.GetOrAdd(left.Type, static type =>
            {
                var enumType = Nullable.GetUnderlyingType(type) ?? type;
                var number = Enum.GetUnderlyingType(enumType);
                return enumType == type ? number : typeof(Nullable<>).MakeGenericType(number);
            });
            return Expression.MakeBinary(op, Expression.Convert(left, target), Expression.Convert(right, target));
        }
        if (left.Type == typeof(string) && op != ExpressionType.Equal)
        {
            return Expression.MakeBinary(op, Expression.Call(StringCompare, left, right), Expression.Constant(0));
        }
        return Expression.MakeBinary(op, left, right);
    }
}
