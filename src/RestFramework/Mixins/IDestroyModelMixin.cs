// Provides the DestroyModelMixin marker: a generic viewset that declares it exposes the destroy action.
namespace RestFramework.Mixins;

/// <summary>DRF's <c>DestroyModelMixin</c>: declaring it on a generic viewset exposes the <c>destroy</c> action (DELETE on the detail route: delete, 204).</summary>
/// <remarks>The behaviour lives in <c>GenericApiView&lt;TEntity&gt;</c>; the interface says which actions the resource exposes, in its declaration line.</remarks>
public interface IDestroyModelMixin;
