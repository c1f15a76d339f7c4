// Provides the UpdateModelMixin marker: a generic viewset that declares it exposes the update and partial_update action.
namespace RestFramework.Mixins;

/// <summary>DRF's <c>UpdateModelMixin</c>: declaring it on a generic viewset exposes the <c>update and partial_update</c> action (PUT and PATCH on the detail route: validate, save, 200).</summary>
/// <remarks>The behaviour lives in <c>GenericApiView&lt;TEntity&gt;</c>; the interface says which actions the resource exposes, in its declaration line.</remarks>
public interface IUpdateModelMixin;
