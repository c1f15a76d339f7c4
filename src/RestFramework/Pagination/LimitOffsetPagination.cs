// Provides DRF's LimitOffsetPagination: ?limit=10&offset=20.
using System.Globalization;
using Microsoft.EntityFrameworkCore;
using RestFramework.Requests;
using RestFramework.Responses;
using RestFramework.Views;

namespace RestFramework.Pagination;

/// <summary>DRF's <c>LimitOffsetPagination</c>: <c>{"count","next","previous","results"}</c> windows chosen by <c>?limit=</c> and <c>?offset=</c>.</summary>
/// <remarks>A missing, invalid or zero limit uses the default; an invalid or negative offset is 0; an offset past the end gives an empty page.</remarks>
public class LimitOffsetPagination : IPaginator
{
    private Request _request = null!;
    private long _count;
    private int _limit;
    private int _offset;

    /// <summary>The limit when the client gives none; null uses the <c>PageSize</c> setting. No pagination when neither is set.</summary>
    public int? DefaultLimit { get; set; }

    /// <summary>The query parameter of the limit. Defaults to <c>limit</c>.</summary>
    public string LimitQueryParam { get; set; } = "limit";

    /// <summary>The query parameter of the offset. Defaults to <c>offset</c>.</summary>
    public string OffsetQueryParam { get; set; } = "offset";

    /// <summary>The largest limit a client may ask for; null for no limit.</summary>
    public int? MaxLimit { get; set; }

    /// <inheritdoc />
    public async ValueTask<IQueryable<T>?> PaginateQuerysetAsync<T>(IQueryable<T> queryset, Request request, ApiView view, CancellationToken cancellationToken = default)
    {
        _request = request;
        if (GetLimit(request) is not { } limit)
        {
            return null;
        }
        _limit = limit;
        _count = await queryset.LongCountAsync(cancellationToken);
        _offset = PositiveInt.TryParse(PositiveInt.Last(request.QueryParams, OffsetQueryParam), strict: false, null, out var offset) ? offset : 0;
        return queryset.Skip(_offset).Take(_limit);
    }

    /// <summary>The limit for <paramref name="request"/>: the client's (clamped to <see cref="MaxLimit"/>) when valid, else the default.</summary>
    protected virtual int? GetLimit(Request request)
    {
        if (PositiveInt.TryParse(PositiveInt.Last(request.QueryParams, LimitQueryParam), strict: true, MaxLimit, out var limit))
        {
            return limit;
        }
        return DefaultLimit ?? request.Options.PageSize;
    }

    /// <inheritdoc />
    public Response GetPaginatedResponse(object? data) => new(new Dictionary<string, object?>
    {
        ["count"] = _count,
        ["next"] = GetNextLink(),
        ["previous"] = GetPreviousLink(),
        ["results"] = data,
    });

    /// <summary>The absolute URL of the next window, or null when this one reaches the end.</summary>
    protected string? GetNextLink()
    {
        if ((long)_offset + _limit >= _count)
        {
            return null;
        }
        var url = QueryUrls.Replace(_request.BuildAbsoluteUri(), LimitQueryParam, Text(_limit));
        return QueryUrls.Replace(url, OffsetQueryParam, Text((long)_offset + _limit));
    }

    /// <summary>The absolute URL of the previous window (without the offset when it starts at 0), or null at offset 0.</summary>
    protected string? GetPreviousLink()
    {
        if (_offset <= 0)
        {
            return null;
        }
        var url = QueryUrls.Replace(_request.BuildAbsoluteUri(), LimitQueryParam, Text(_limit));
        return _offset - _limit <= 0
            ? QueryUrls.Remove(url, OffsetQueryParam)
            : QueryUrls.Replace(url, OffsetQueryParam, Text(_offset - _limit));
    }

    /// <inheritdoc />
    public IReadOnlyList<QueryParameterInfo> GetSchemaParameters() =>
    [
        new(LimitQueryParam, "Number of results to return per page.", "integer"),
        new(OffsetQueryParam, "The initial index from which to return the results.", "integer"),
    ];

    private static string Text(long value) => value.ToString(CultureInfo.InvariantCulture);
}
