// Provides the RetrieveModelMixin marker: a generic viewset that declares it exposes the retrieve action.
namespace RestFramework.Mixins;

/// <summary>DRF's <c>RetrieveModelMixin</c>: declaring it on a generic viewset exposes the <c>retrieve</c> action (GET on the detail route: one object).</summary>
/// <remarks>The behaviour lives in <c>GenericApiView&lt;TEntity&gt;</c>; the interface says which actions the resource exposes, in its declaration line.</remarks>
public interface IRetrieveModelMixin;
