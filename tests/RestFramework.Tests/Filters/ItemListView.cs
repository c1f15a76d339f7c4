using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using RestFramework.Filters;
using RestFramework.Pagination;
using RestFramework.Requests;
using RestFramework.Responses;
using RestFramework.Views;

namespace RestFramework.Tests.Filters;

/// <summary>A list view wired the way a generic list view uses filter backends and a paginator.</summary>
public class ItemListView : ApiView, IFilteredView, ISearchFieldsView, IOrderingFieldsView, IFilterSetView
{
    public virtual IReadOnlyList<Type>? FilterBackendTypes => null;

    public virtual Type? PaginatorType => Options.DefaultPagination;

    public virtual IReadOnlyList<string>? SearchFields => null;

    public virtual IReadOnlyList<string>? OrderingFields => null;

    public virtual IReadOnlyList<string>? Ordering => null;

    public virtual FilterFields? FilterFields => null;

    public virtual Type? FilterSetType => null;

    public IReadOnlyList<IFilterBackend> GetFilterBackends() => Create<IFilterBackend>(FilterBackendTypes ?? Options.DefaultFilterBackends.AsReadOnly());

    protected override async ValueTask<Response> GetAsync(Request request)
    {
        var db = Services.GetRequiredService<CatalogContext>();
        // Ordered by key, as DRF expects of a paginated queryset: without it, PostgreSQL returns rows in heap order.
        IQueryable<Item> query = db.Items.OrderBy(i => i.Id);
        foreach (var backend in GetFilterBackends())
        {
            query = backend.FilterQueryset(request, query, this);
        }
        var paginator = PaginatorType is null ? null : Create<IPaginator>([PaginatorType])[0];
        if (paginator is not null && await paginator.PaginateQuerysetAsync(query, request, this, HttpContext.RequestAborted) is { } page)
        {
            return paginator.GetPaginatedResponse(await RenderAsync(page));
        }
        return new Response(await RenderAsync(query));
    }

    private static async Task<List<Dictionary<string, object?>>> RenderAsync(IQueryable<Item> query)
    {
        var rows = await query.Select(i => new { i.Id, i.Name }).ToListAsync();
        return rows.ConvertAll(r => new Dictionary<string, object?> { ["id"] = r.Id, ["name"] = r.Name });
    }
}
