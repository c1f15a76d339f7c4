// Provides the ordering contract of a filter backend, which cursor pagination defers to.
using RestFramework.Requests;
using RestFramework.Views;

namespace RestFramework.Filters;

/// <summary>A filter backend that orders: <c>CursorPagination</c> pages by its ordering (DRF checks for <c>get_ordering</c>).</summary>
public interface IOrderingBackend : IFilterBackend
{
    /// <summary>The ordering terms (<c>-created</c>, <c>name</c>) in force for <paramref name="request"/>, or null for none.</summary>
    /// <typeparam name="T">The entity type.</typeparam>
    /// <param name="request">The request.</param>
    /// <param name="queryset">The queryset being ordered.</param>
    /// <param name="view">The view, which declares the ordering fields.</param>
    /// <returns>The terms, or null.</returns>
    IReadOnlyList<string>? GetOrdering<T>(Request request, IQueryable<T> queryset, ApiView view);
}
