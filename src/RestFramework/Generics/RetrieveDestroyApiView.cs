// Provides RetrieveDestroyApiView, DRF's RetrieveDestroyAPIView: GET and DELETE on one object.
using RestFramework.Mixins;
using RestFramework.Requests;
using RestFramework.Responses;

namespace RestFramework.Generics;

/// <summary>DRF's <c>RetrieveDestroyAPIView</c>: GET and DELETE on one object. Map it with <c>MapView</c>.</summary>
/// <typeparam name="TEntity">The entity type.</typeparam>
public abstract class RetrieveDestroyApiView<TEntity> : GenericApiView<TEntity>, IRetrieveModelMixin, IDestroyModelMixin
    where TEntity : class
{
    /// <inheritdoc />
    protected override ValueTask<Response> GetAsync(Request request) => RetrieveAsync(request);

    /// <inheritdoc />
    protected override ValueTask<Response> DeleteAsync(Request request) => DestroyAsync(request);
}
