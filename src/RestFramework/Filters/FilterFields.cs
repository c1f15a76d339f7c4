// Provides the declaration of field filters and their lookups (django-filter's filterset_fields).
using System.Collections;

namespace RestFramework.Filters;

/// <summary>
/// Fields and lookups for <see cref="DjangoFilterBackend"/>, written as a collection initializer:
/// <c>new FilterFields { "kind", { "price", "gte", "lte" }, { "topic__slug", "exact", "in" } }</c>.
/// </summary>
/// <remarks>
/// A field alone gets <c>exact</c>. Each lookup becomes a query parameter <c>field__lookup</c> (<c>exact</c> is just <c>field</c>).
/// Lookups: exact, iexact, contains, icontains, startswith, istartswith, endswith, iendswith, gt, gte, lt, lte, in, isnull, range.
/// </remarks>
public sealed class FilterFields : IEnumerable<KeyValuePair<string, IReadOnlyList<string>>>
{
    private readonly List<KeyValuePair<string, IReadOnlyList<string>>> _fields = [];

    /// <summary>Adds <paramref name="field"/> with the <c>exact</c> lookup.</summary>
    /// <param name="field">A field path (<c>topic__slug</c>).</param>
    public void Add(string field) => _fields.Add(new(field, ["exact"]));

    /// <summary>Adds <paramref name="field"/> with <paramref name="lookups"/>.</summary>
    /// <param name="field">A field path (<c>topic__slug</c>).</param>
    /// <param name="lookups">The lookups, in the order their parameters are validated.</param>
    public void Add(string field, params string[] lookups) => _fields.Add(new(field, lookups));

    /// <inheritdoc />
    public IEnumerator<KeyValuePair<string, IReadOnlyList<string>>> GetEnumerator() => _fields.GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
