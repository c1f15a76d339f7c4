// Provides the pagination side of GenericApiView: the paginator and the paginated response.
using RestFramework.Pagination;
using RestFramework.Responses;

namespace RestFramework.Generics;

public abstract partial class GenericApiView<TEntity>
{
    private IPaginator? _paginator;
    private bool _paginatorBuilt;

    /// <summary>The paginator of this request, or null when pagination is off (DRF's <c>paginator</c>).</summary>
    public IPaginator? Paginator
    {
        get
        {
            if (!_paginatorBuilt)
            {
                _paginatorBuilt = true;
                var type = NoPagination ? null : PaginatorType ?? Options.DefaultPagination;
                _paginator = type is null ? null : Create<IPaginator>([type])[0];
            }
            return _paginator;
        }
    }

    /// <summary>The page's query, or null when pagination is off (DRF's <c>paginate_queryset</c>).</summary>
    public async ValueTask<IQueryable<TEntity>?> PaginateQuerysetAsync(IQueryable<TEntity> queryset) =>
        Paginator is { } paginator ? await paginator.PaginateQuerysetAsync(queryset, Request, this, HttpContext.RequestAborted) : null;

    /// <summary>The paginated envelope of a page's rendered items (DRF's <c>get_paginated_response</c>).</summary>
    public Response GetPaginatedResponse(object? data) =>
        (Paginator ?? throw new InvalidOperationException("GetPaginatedResponse needs a paginator; check PaginateQuerysetAsync's result first.")).GetPaginatedResponse(data);
}
