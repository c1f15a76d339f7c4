// Provides pluggable queryset filtering: each backend narrows or orders the IQueryable of a generic list view.
using RestFramework.Pagination;
using RestFramework.Requests;
using RestFramework.Views;

namespace RestFramework.Filters;

/// <summary>DRF's filter backend: composes filtering onto the view's queryset, which then runs in SQL.</summary>
public interface IFilterBackend
{
    /// <summary>Returns <paramref name="queryset"/> narrowed (or ordered) for <paramref name="request"/>.</summary>
    /// <typeparam name="T">The entity type.</typeparam>
    /// <param name="request">The request, whose query parameters drive the filter.</param>
    /// <param name="queryset">The view's queryset, still composable.</param>
    /// <param name="view">The view, which declares the filter's fields (<see cref="ISearchFieldsView"/>, ...).</param>
    /// <returns>The filtered queryset.</returns>
    IQueryable<T> FilterQueryset<T>(Request request, IQueryable<T> queryset, ApiView view);

    /// <summary>The query parameters the backend reads for <paramref name="view"/>, for OPTIONS and OpenAPI.</summary>
    /// <param name="view">The view, whose declarations and settings name the parameters.</param>
    /// <returns>The parameters (DRF's <c>get_schema_operation_parameters</c>).</returns>
    IReadOnlyList<QueryParameterInfo> GetSchemaParameters(ApiView view) => [];
}
