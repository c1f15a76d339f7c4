// Provides the view-side declaration of filter backends (DRF's filter_backends).
namespace RestFramework.Filters;

/// <summary>A view with filter backends; generic list views implement it so pagination can see the ordering backend.</summary>
public interface IFilteredView
{
    /// <summary>The filter backends of the view, in the order they apply.</summary>
    /// <returns>The backends (DRF's <c>filter_backends</c>, built per request).</returns>
    IReadOnlyList<IFilterBackend> GetFilterBackends();
}
