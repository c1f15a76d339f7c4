// Provides ListApiView, DRF's ListAPIView: GET on the list: the objects.
using RestFramework.Mixins;
using RestFramework.Requests;
using RestFramework.Responses;

namespace RestFramework.Generics;

/// <summary>DRF's <c>ListAPIView</c>: GET on the list: the objects. Map it with <c>MapView</c>.</summary>
/// <typeparam name="TEntity">The entity type.</typeparam>
public abstract class ListApiView<TEntity> : GenericApiView<TEntity>, IListModelMixin
    where TEntity : class
{
    /// <inheritdoc />
    protected override ValueTask<Response> GetAsync(Request request) => ListAsync(request);
}
