// Provides DRF's PageNumberPagination: ?page=2, with an optional client page size.
using Microsoft.EntityFrameworkCore;
using RestFramework.Exceptions;
using RestFramework.Requests;
using RestFramework.Responses;
using RestFramework.Views;

namespace RestFramework.Pagination;

/// <summary>DRF's <c>PageNumberPagination</c>: <c>{"count","next","previous","results"}</c> pages chosen by <c>?page=</c>.</summary>
/// <remarks>
/// Configure by subclassing and setting the properties in the constructor. A page that is not a positive integer, or beyond
/// the last page, gives 404 <c>Invalid page.</c>; the first page of an empty list is an empty page.
/// </remarks>
public class PageNumberPagination : IPaginator
{
    private Request _request = null!;
    private long _count;
    private long _pageNumber;
    private long _pageCount;

    /// <summary>The page size; null uses the <c>PageSize</c> setting. No pagination when neither is set.</summary>
    public int? PageSize { get; set; }

    /// <summary>The query parameter naming the page. Defaults to <c>page</c>.</summary>
    public string PageQueryParam { get; set; } = "page";

    /// <summary>The query parameter a client may set the page size with; null (the default) lets clients not choose.</summary>
    public string? PageSizeQueryParam { get; set; }

    /// <summary>The largest page size a client may ask for; null for no limit.</summary>
    public int? MaxPageSize { get; set; }

    /// <summary>Page values that mean the last page. Defaults to <c>last</c>.</summary>
    public IReadOnlyList<string> LastPageStrings { get; set; } = ["last"];

    /// <summary>The detail of the 404 for an invalid page. Defaults to <c>Invalid page.</c></summary>
    /// <remarks>As in DRF, <c>{page_number}</c> and <c>{message}</c> (Django's paginator message) are replaced.</remarks>
    public string InvalidPageMessage { get; set; } = "Invalid page.";

    /// <inheritdoc />
    public async ValueTask<IQueryable<T>?> PaginateQuerysetAsync<T>(IQueryable<T> queryset, Request request, ApiView view, CancellationToken cancellationToken = default)
    {
        _request = request;
        var pageSize = GetPageSize(request);
        if (pageSize is not > 0)
        {
            return null;
        }
        _count = await queryset.LongCountAsync(cancellationToken);
        _pageCount = _count == 0 ? 1 : (_count + pageSize.Value - 1) / pageSize.Value;
        var text = PositiveInt.Last(request.QueryParams, PageQueryParam) ?? "1";
        if (LastPageStrings.Contains(text))
        {
            _pageNumber = _pageCount;
        }
        else if (!PositiveInt.TryParseInt(text, out _pageNumber))
        {
            throw InvalidPage(text, "That page number is not an integer");
        }
        else if (_pageNumber < 1)
        {
            throw InvalidPage(text, "That page number is less than 1");
        }
        else if (_pageNumber > _pageCount)
        {
            throw InvalidPage(text, "That page contains no results");
        }
        var bottom = (_pageNumber - 1) * pageSize.Value;
        return queryset.Skip((int)bottom).Take(pageSize.Value);
    }

    private NotFound InvalidPage(string pageNumber, string message) =>
        new(InvalidPageMessage.Replace("{page_number}", pageNumber, StringComparison.Ordinal).Replace("{message}", message, StringComparison.Ordinal));

    /// <summary>The page size for <paramref name="request"/>: the client's (clamped to <see cref="MaxPageSize"/>) when allowed and valid, else the default.</summary>
    protected virtual int? GetPageSize(Request request)
    {
        if (PositiveInt.TryParse(PositiveInt.Last(request.QueryParams, PageSizeQueryParam), strict: true, MaxPageSize, out var size))
        {
            return size;
        }
        return PageSize ?? request.Options.PageSize;
    }

    /// <inheritdoc />
    public Response GetPaginatedResponse(object? data) => new(new Dictionary<string, object?>
    {
        ["count"] = _count,
        ["next"] = GetNextLink(),
        ["previous"] = GetPreviousLink(),
        ["results"] = data,
    });

    /// <summary>The absolute URL of the next page, or null on the last page.</summary>
    protected string? GetNextLink() => _pageNumber >= _pageCount
        ? null
        : QueryUrls.Replace(_request.BuildAbsoluteUri(), PageQueryParam, (_pageNumber + 1).ToString(System.Globalization.CultureInfo.InvariantCulture));

    /// <summary>The absolute URL of the previous page (without the page parameter for page 1), or null on the first page.</summary>
    protected string? GetPreviousLink()
    {
        if (_pageNumber <= 1)
        {
            return null;
        }
        var url = _request.BuildAbsoluteUri();
        return _pageNumber == 2
            ? QueryUrls.Remove(url, PageQueryParam)
            : QueryUrls.Replace(url, PageQueryParam, (_pageNumber - 1).ToString(System.Globalization.CultureInfo.InvariantCulture));
    }

    /// <inheritdoc />
    public IReadOnlyList<QueryParameterInfo> GetSchemaParameters() => PageSizeQueryParam is null
        ? [new(PageQueryParam, "A page number within the paginated result set.", "integer")]
        : [new(PageQueryParam, "A page number within the paginated result set.", "integer"), new(PageSizeQueryParam, "Number of results to return per page.", "integer")];
}
