// Provides query values as captured parameters, so EF Core sends them as SQL parameters and caches one plan per query shape.
using System.Collections.Concurrent;
using System.Linq.Expressions;
using System.Runtime.CompilerServices;

namespace RestFramework.Filters;

/// <summary>Wraps a value in a <see cref="StrongBox{T}"/> field access, which EF Core parameterises as it does a captured variable.</summary>
internal static class QueryValue
{
    private static readonly ConcurrentDictionary<Type, Func<object?, Expression>> Factories = new();

    /// <summary>An expression of type <paramref name="type"/> reading <paramref name="value"/> as a query parameter.</summary>
    public static Expression For(object? value, Type type) =>
        Factories.GetOrAdd(type, static t => typeof(QueryValue).GetMethod(nameof(Box), System.Reflection.BindingFlags.NonPublic | System.Reflection.BindingFlags.Static)!
            .MakeGenericMethod(t).CreateDelegate<Func<object?, Expression>>())(value);

    /// <summary>An expression reading <paramref name="value"/> as a query parameter.</summary>
    public static Expression For<TValue>(TValue value) => Expression.Field(Expression.Constant(new StrongBox<TValue>(value)), Field<TValue>.Value);

    private static Expression Box<TValue>(object? value) => For((TValue)value!);

    private static class Field<TValue>
    {
        public static readonly System.Reflection.FieldInfo Value = typeof(StrongBox<TValue>).GetField(nameof(StrongBox<TValue>.Value))!;
    }
}
