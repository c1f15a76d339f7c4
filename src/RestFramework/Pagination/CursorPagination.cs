// Provides DRF's CursorPagination: opaque cursors over a fixed ordering, stable under inserts, without a count.
using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore;
using RestFramework.Exceptions;
using RestFramework.Filters;
using RestFramework.Requests;
using RestFramework.Responses;
using RestFramework.Views;

namespace RestFramework.Pagination;

/// <summary>DRF's <c>CursorPagination</c>: <c>{"next","previous","results"}</c> pages addressed by an opaque <c>?cursor=</c>.</summary>
/// <remarks>
/// The ordering is the view's ordering filter's when the view has one (<see cref="IOrderingBackend"/>), else <see cref="Ordering"/>;
/// the primary key is appended as a tie-breaker. Each page runs two statements: the ordering keys of the page plus one (to place
/// the cursors), and the page itself. A cursor that does not decode, or whose position does not parse, gives 404 <c>Invalid cursor</c>.
/// </remarks>
public partial class CursorPagination : IPaginator
{
    private Request _request = null!;
    private string _baseUrl = string.Empty;
    private int _pageSize;
    private Cursor? _cursor;
    private List<string> _page = [];
    private bool _hasNext;
    private bool _hasPrevious;
    private string? _nextPosition;
    private string? _previousPosition;

    /// <summary>The query parameter of the cursor. Defaults to <c>cursor</c>.</summary>
    public string CursorQueryParam { get; set; } = "cursor";

    /// <summary>The page size; null uses the <c>PageSize</c> setting. No pagination when neither is set.</summary>
    public int? PageSize { get; set; }

    /// <summary>The detail of the 404 for a bad cursor. Defaults to <c>Invalid cursor</c> (no period, as DRF).</summary>
    public string InvalidCursorMessage { get; set; } = "Invalid cursor";

    /// <summary>The ordering when the view has no ordering filter: an unchanging, unique or nearly unique field. Defaults to <c>-created</c>.</summary>
    public IReadOnlyList<string> Ordering { get; set; } = ["-created"];

    /// <summary>The query parameter a client may set the page size with; null (the default) lets clients not choose.</summary>
    public string? PageSizeQueryParam { get; set; }

    /// <summary>The largest page size a client may ask for; null for no limit.</summary>
    public int? MaxPageSize { get; set; }

    /// <summary>The largest offset a cursor may carry, which bounds the cost of a crafted cursor. Defaults to 1000.</summary>
    public int OffsetCutoff { get; set; } = 1000;

    /// <inheritdoc />
    public async ValueTask<IQueryable<T>?> PaginateQuerysetAsync<T>(IQueryable<T> queryset, Request request, ApiView view, CancellationToken cancellationToken = default)
    {
        _request = request;
        var size = GetPageSize(request);
        if (size is not > 0)
        {
            return null;
        }
        _pageSize = size.Value;
        _baseUrl = request.BuildAbsoluteUri();
        var ordering = ResolveOrdering(typeof(T), GetOrdering(request, queryset, view));
        _cursor = DecodeCursor(request);
        var (offset, reverse, currentPosition) = _cursor ?? new Cursor(0, false, null);

        var ordered = Order(queryset, ordering, reverse);
        if (currentPosition is not null)
        {
            ordered = ordered.Where(PositionFilter<T>(ordering[0], currentPosition, reverse));
        }
        var window = ordered.Skip(offset);
        var keys = await window.Take(_pageSize + 1).Select((Expression<Func<T, object>>)ordering[0].Path.ObjectSelector!).ToListAsync(cancellationToken);
        var positions = keys.ConvertAll(CursorPosition.Format);

        _page = positions.Count > _pageSize ? positions.GetRange(0, _pageSize) : positions;
        var following = positions.Count > _pageSize ? positions[^1] : null;
        if (reverse)
        {
            _page.Reverse();
            _hasNext = currentPosition is not null || offset > 0;
            _hasPrevious = following is not null;
            _nextPosition = _hasNext ? currentPosition : null;
            _previousPosition = following;
        }
        else
        {
            _hasNext = following is not null;
            _hasPrevious = currentPosition is not null || offset > 0;
            _nextPosition = following;
            _previousPosition = _hasPrevious ? currentPosition : null;
        }

        var page = window.Take(_pageSize);
        return reverse ? Order(page, ordering, reverse: false) : page;
    }

    /// <summary>The page size for <paramref name="request"/>: the client's (clamped to <see cref="MaxPageSize"/>) when allowed and valid, else the default.</summary>
    protected virtual int? GetPageSize(Request request)
    {
        if (PositiveInt.TryParse(PositiveInt.Last(request.QueryParams, PageSizeQueryParam), strict: true, MaxPageSize, out var size))
        {
            return size;
        }
        return PageSize ?? request.Options.PageSize;
    }

    /// <summary>The ordering terms: the view's ordering filter's, else <see cref="Ordering"/>.</summary>
    protected virtual IReadOnlyList<string> GetOrdering<T>(Request request, IQueryable<T> queryset, ApiView view)
    {
        if (view is IFilteredView filtered && filtered.GetFilterBackends().OfType<IOrderingBackend>().FirstOrDefault() is { } backend)
        {
            return backend.GetOrdering(request, queryset, view)
                ?? throw new InvalidOperationException($"Using cursor pagination, but filter class {backend.GetType().Name} returned a null ordering; set the view's Ordering.");
        }
        if (Ordering.Any(term => term.Contains("__", StringComparison.Ordinal)))
        {
            throw new InvalidOperationException("Cursor pagination does not support double underscore lookups for orderings. Orderings should be an unchanging, unique or nearly-unique field on the model, such as \"-created\" or \"pk\".");
        }
        return Ordering;
    }

    /// <summary>Decodes the request's cursor, or null when it has none.</summary>
    /// <exception cref="NotFound">The cursor is invalid.</exception>
    protected Cursor? DecodeCursor(Request request)
    {
        var token = PositiveInt.Last(request.QueryParams, CursorQueryParam);
        if (token is null)
        {
            return null;
        }
        return CursorCodec.TryDecode(token, OffsetCutoff, out var cursor) ? cursor : throw new NotFound(InvalidCursorMessage);
    }

    /// <inheritdoc />
    public Response GetPaginatedResponse(object? data) => new(new Dictionary<string, object?>
    {
        ["next"] = GetNextLink(),
        ["previous"] = GetPreviousLink(),
        ["results"] = data,
    });

    /// <inheritdoc />
    public IReadOnlyList<QueryParameterInfo> GetSchemaParameters() => PageSizeQueryParam is null
        ? [new(CursorQueryParam, "The pagination cursor value.", "string")]
        : [new(CursorQueryParam, "The pagination cursor value.", "string"), new(PageSizeQueryParam, "Number of results to return per page.", "integer")];
}
