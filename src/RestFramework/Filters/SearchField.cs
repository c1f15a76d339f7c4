// Provides a compiled search field: a field path and the lookup its prefix selects (^ = @ $ or none).
using System.Collections.Concurrent;
using System.Linq.Expressions;
using System.Reflection;
using System.Text.RegularExpressions;

namespace RestFramework.Filters;

/// <summary>One entry of a view's search fields, resolved once per entity type and cached.</summary>
internal sealed class SearchField
{
    private static readonly ConcurrentDictionary<(Type Root, string Field), SearchField> Cache = new();
    private static readonly MethodInfo IsMatch = typeof(Regex).GetMethod(nameof(Regex.IsMatch), [typeof(string), typeof(string)])!;
    private static readonly MethodInfo StartsWith = typeof(string).GetMethod(nameof(string.StartsWith), [typeof(string)])!;
    private static readonly MethodInfo Contains = typeof(string).GetMethod(nameof(string.Contains), [typeof(string)])!;

    private readonly FieldPath _path;
    private readonly char _prefix;

    private SearchField(FieldPath path, char prefix)
    {
        if (path.LeafType != typeof(string))
        {
            throw new InvalidOperationException($"Search field '{path.Path}' of {path.Root.Name} must be a string property, not {path.LeafType.Name}.");
        }
        _path = path;
        _prefix = prefix;
    }

    /// <summary>The field <paramref name="field"/> (with its prefix) of <paramref name="root"/>.</summary>
    public static SearchField Get(Type root, string field) => Cache.GetOrAdd((root, field), static key =>
    {
        var prefix = key.Field.Length > 0 && key.Field[0] is '^' or '=' or '@' or '$' ? key.Field[0] : '\0';
        return new SearchField(FieldPath.Get(key.Root, prefix == '\0' ? key.Field : key.Field[1..]), prefix);
    });

    /// <summary>Whether the field matches <paramref name="lowered"/> (the lower-cased term) or <paramref name="pattern"/> (the case-insensitive regex).</summary>
    public Expression Match(Expression instance, Expression lowered, Expression pattern) => _path.Predicate(instance, column => _prefix switch
    {
        '^' => Expression.Call(Lookups.Lower(column), StartsWith, lowered),
        '=' => Expression.Equal(Lookups.Lower(column), lowered),
        '$' => Expression.Call(IsMatch, column, pattern),
        // '@' (full-text) has no portable translation; it searches as icontains.
        _ => Expression.Call(Lookups.Lower(column), Contains, lowered),
    });

    /// <summary>Whether the field uses the regex prefix.</summary>
    public bool IsRegex => _prefix == '$';
}
