// Provides ReadOnlyModelViewSet, DRF's ReadOnlyModelViewSet: list and retrieve.
using RestFramework.Mixins;

namespace RestFramework.ViewSets;

/// <summary>DRF's <c>ReadOnlyModelViewSet</c>: the <c>list</c> and <c>retrieve</c> actions.</summary>
/// <typeparam name="TEntity">The entity type.</typeparam>
public abstract class ReadOnlyModelViewSet<TEntity> : GenericViewSet<TEntity>, IListModelMixin, IRetrieveModelMixin
    where TEntity : class;
