// Provides SearchFilter: ?search= terms matched case-insensitively against the view's search fields.
using System.Linq.Expressions;
using RestFramework.Pagination;
using RestFramework.Requests;
using RestFramework.Views;

namespace RestFramework.Filters;

/// <summary>
/// DRF's <c>SearchFilter</c>: the <c>search</c> parameter is split into terms (NULs removed, commas as spaces, split on
/// whitespace); every term must match at least one of the view's <see cref="ISearchFieldsView.SearchFields"/>.
/// </summary>
/// <remarks>
/// Prefixes: <c>^</c> starts with, <c>=</c> exact, <c>$</c> regex, <c>@</c> full text (the database's, through a registered
/// <see cref="IFullTextSearch"/>; otherwise searched as contains), none contains; all case-insensitive through SQL's <c>lower()</c>
/// on both sides, on SQLite and PostgreSQL alike. Relations use <c>__</c>; collections match with <c>EXISTS</c>, so no
/// duplicates arise.
/// </remarks>
public class SearchFilter : IFilterBackend
{
    /// <summary>The query parameter; null uses the <c>SearchParam</c> setting (<c>search</c>).</summary>
    public string? SearchParam { get; set; }

    /// <inheritdoc />
    public IQueryable<T> FilterQueryset<T>(Request request, IQueryable<T> queryset, ApiView view)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(view);
        if (GetSearchFields(view, request) is not { Count: > 0 } fields)
        {
            return queryset;
        }
        var terms = GetSearchTerms(request);
        if (terms.Count == 0)
        {
            return queryset;
        }
        var compiled = new SearchField[fields.Count];
        SearchDialect? dialect = null;
        for (var i = 0; i < compiled.Length; i++)
        {
            compiled[i] = SearchField.Get(typeof(T), fields[i]);
            if (compiled[i].NeedsDialect)
            {
                dialect ??= SearchDialect.For<T>(view);
            }
        }
        var parameter = Expression.Parameter(typeof(T), "x");
        Expression? all = null;
        foreach (var term in terms)
        {
            Expression? any = null;
            foreach (var field in compiled)
            {
                var match = field.Match(parameter, term, dialect);
                any = any is null ? match : Expression.OrElse(any, match);
            }
            all = all is null ? any : Expression.AndAlso(all, any!);
        }
        return queryset.Where(Expression.Lambda<Func<T, bool>>(all!, parameter));
    }

    /// <summary>The fields to search for <paramref name="request"/>: the view's <see cref="ISearchFieldsView.SearchFields"/>. Override to vary them per request.</summary>
    /// <param name="view">The view.</param>
    /// <param name="request">The request.</param>
    /// <returns>The fields, or null for none.</returns>
    protected virtual IReadOnlyList<string>? GetSearchFields(ApiView view, Request request) => (view as ISearchFieldsView)?.SearchFields;

    /// <summary>The terms of the request's search parameter, as DRF splits them.</summary>
    /// <param name="request">The request.</param>
    /// <returns>The terms, possibly none.</returns>
    public IReadOnlyList<string> GetSearchTerms(Request request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var text = PositiveInt.Last(request.QueryParams, SearchParam ?? request.Options.SearchParam);
        if (string.IsNullOrEmpty(text))
        {
            return [];
        }
        text = text.Replace("\0", string.Empty, StringComparison.Ordinal).Replace(',', ' ');
        return text.Split(IsPythonWhiteSpace, StringSplitOptions.RemoveEmptyEntries);
    }

    /// <inheritdoc />
    public IReadOnlyList<QueryParameterInfo> GetSchemaParameters(ApiView view)
    {
        ArgumentNullException.ThrowIfNull(view);
        return [new(SearchParam ?? view.Options?.SearchParam ?? "search", "A search term.", "string")];
    }

    private static readonly char[] IsPythonWhiteSpace = Enumerable.Range(0, 0x3001)
        .Select(c => (char)c)
        .Where(c => char.IsWhiteSpace(c) || c is '\x1c' or '\x1d' or '\x1e' or '\x1f')
        .ToArray();
}
