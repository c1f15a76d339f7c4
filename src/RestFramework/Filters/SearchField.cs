// Provides a compiled search field: a field path and the lookup its prefix selects (^ = @ $ or none).
using System.Collections.Concurrent;
using System.Linq.Expressions;

namespace RestFramework.Filters;

/// <summary>One entry of a view's search fields, resolved once per entity type and cached.</summary>
internal sealed class SearchField
{
    private static readonly ConcurrentDictionary<(Type Root, string Field), SearchField> Cache = new();

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

    /// <summary>Whether the field matches the search term <paramref name="term"/>, with DRF's lookup for the prefix.</summary>
    /// <remarks><c>^</c> is <c>istartswith</c>, <c>=</c> <c>iexact</c>, none <c>icontains</c>, as <see cref="Lookups"/> writes them.</remarks>
    public Expression Match(Expression instance, string term, SearchDialect? dialect) => _path.Predicate(instance, column => _prefix switch
    {
        '^' => Lookups.Like("istartswith", column, term),
        '=' => Lookups.Single("iexact", column, term, typeof(string)),
        '$' => dialect!.IRegex(column, term),
        '@' => dialect!.FullText(column, QueryValue.For(term), Lookups.Like("icontains", column, term)),
        _ => Lookups.Like("icontains", column, term),
    });

    /// <summary>Whether the field's prefix matches differently on each database (<c>$</c> and <c>@</c>).</summary>
    public bool NeedsDialect => _prefix is '$' or '@';
}
