// Provides ModelViewSet, DRF's ModelViewSet: every standard action.
using RestFramework.Mixins;

namespace RestFramework.ViewSets;

/// <summary>DRF's <c>ModelViewSet</c>: list, create, retrieve, update, partial update and destroy.</summary>
/// <typeparam name="TEntity">The entity type.</typeparam>
/// <remarks>To expose fewer actions, derive from <see cref="GenericViewSet{TEntity}"/> and list the mixin interfaces you mean.</remarks>
public abstract class ModelViewSet<TEntity> : GenericViewSet<TEntity>, IListModelMixin, ICreateModelMixin, IRetrieveModelMixin, IUpdateModelMixin, IDestroyModelMixin
    where TEntity : class;
