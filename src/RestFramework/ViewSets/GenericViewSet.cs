// Provides GenericViewSet, DRF's GenericViewSet: a generic view whose actions a router routes; mixin interfaces say which.
using RestFramework.Generics;

namespace RestFramework.ViewSets;

/// <summary>
/// DRF's <c>GenericViewSet</c>: <see cref="GenericApiView{TEntity}"/> behaviour, no action exposed by default. Declare the actions in
/// the class line with mixin interfaces: <c>class AttemptViewSet : GenericViewSet&lt;Attempt&gt;, IListModelMixin, IRetrieveModelMixin, IDestroyModelMixin</c>.
/// </summary>
/// <typeparam name="TEntity">The entity type.</typeparam>
public abstract class GenericViewSet<TEntity> : GenericApiView<TEntity>
    where TEntity : class;
