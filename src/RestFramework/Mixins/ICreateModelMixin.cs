// Provides the CreateModelMixin marker: a generic viewset that declares it exposes the create action.
namespace RestFramework.Mixins;

/// <summary>DRF's <c>CreateModelMixin</c>: declaring it on a generic viewset exposes the <c>create</c> action (POST on the list route: validate, save, 201).</summary>
/// <remarks>The behaviour lives in <c>GenericApiView&lt;TEntity&gt;</c>; the interface says which actions the resource exposes, in its declaration line.</remarks>
public interface ICreateModelMixin;
