// Provides RetrieveApiView, DRF's RetrieveAPIView: GET: one object.
using RestFramework.Mixins;
using RestFramework.Requests;
using RestFramework.Responses;

namespace RestFramework.Generics;

/// <summary>DRF's <c>RetrieveAPIView</c>: GET: one object. Map it with <c>MapView</c>.</summary>
/// <typeparam name="TEntity">The entity type.</typeparam>
public abstract class RetrieveApiView<TEntity> : GenericApiView<TEntity>, IRetrieveModelMixin
    where TEntity : class
{
    /// <inheritdoc />
    protected override ValueTask<Response> GetAsync(Request request) => RetrieveAsync(request);
}
