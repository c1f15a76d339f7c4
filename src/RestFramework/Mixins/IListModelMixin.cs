// Provides the ListModelMixin marker: a generic viewset that declares it exposes the list action.
namespace RestFramework.Mixins;

/// <summary>DRF's <c>ListModelMixin</c>: declaring it on a generic viewset exposes the <c>list</c> action (GET on the list route: the (filtered, paginated) queryset).</summary>
/// <remarks>The behaviour lives in <c>GenericApiView&lt;TEntity&gt;</c>; the interface says which actions the resource exposes, in its declaration line.</remarks>
public interface IListModelMixin;
