// Provides pluggable pagination: a paginator turns a list view's queryset into one page and wraps the page in an envelope.
using RestFramework.Requests;
using RestFramework.Responses;
using RestFramework.Views;

namespace RestFramework.Pagination;

/// <summary>DRF's pagination class. A paginator is built per request and keeps the page's state between its two calls.</summary>
/// <remarks>
/// A list view calls <see cref="PaginateQuerysetAsync{T}"/>; when it returns a query, the view projects and materialises that
/// query (one SQL statement) and passes the rendered items to <see cref="GetPaginatedResponse"/>.
/// </remarks>
public interface IPaginator
{
    /// <summary>Runs what the page needs (a count, the cursor positions) and returns the page's query, or null when pagination is off.</summary>
    /// <typeparam name="T">The entity type.</typeparam>
    /// <param name="queryset">The filtered queryset.</param>
    /// <param name="request">The request, whose query parameters choose the page.</param>
    /// <param name="view">The view.</param>
    /// <param name="cancellationToken">Cancels the database calls.</param>
    /// <returns>The page's query, still composable (a serializer may project it), or null to render the whole list.</returns>
    /// <exception cref="Exceptions.NotFound">The page or cursor is invalid.</exception>
    ValueTask<IQueryable<T>?> PaginateQuerysetAsync<T>(IQueryable<T> queryset, Request request, ApiView view, CancellationToken cancellationToken = default);

    /// <summary>The paginated response for the page's rendered items (DRF's envelope, in DRF's key order).</summary>
    /// <param name="data">The serialized items of the page.</param>
    /// <returns>The response.</returns>
    Response GetPaginatedResponse(object? data);

    /// <summary>The query parameters the paginator reads, for OPTIONS and OpenAPI.</summary>
    /// <returns>The parameters, in DRF's order.</returns>
    IReadOnlyList<QueryParameterInfo> GetSchemaParameters() => [];
}
