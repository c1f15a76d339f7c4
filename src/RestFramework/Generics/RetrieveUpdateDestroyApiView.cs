// Provides RetrieveUpdateDestroyApiView, DRF's RetrieveUpdateDestroyAPIView: GET, PUT, PATCH and DELETE on one object.
using RestFramework.Mixins;
using RestFramework.Requests;
using RestFramework.Responses;

namespace RestFramework.Generics;

/// <summary>DRF's <c>RetrieveUpdateDestroyAPIView</c>: GET, PUT, PATCH and DELETE on one object. Map it with <c>MapView</c>.</summary>
/// <typeparam name="TEntity">The entity type.</typeparam>
public abstract class RetrieveUpdateDestroyApiView<TEntity> : GenericApiView<TEntity>, IRetrieveModelMixin, IUpdateModelMixin, IDestroyModelMixin
    where TEntity : class
{
    /// <inheritdoc />
    protected override ValueTask<Response> GetAsync(Request request) => RetrieveAsync(request);

    /// <inheritdoc />
    protected override ValueTask<Response> PutAsync(Request request) => UpdateAsync(request);

    /// <inheritdoc />
    protected override ValueTask<Response> PatchAsync(Request request) => PartialUpdateAsync(request);

    /// <inheritdoc />
    protected override ValueTask<Response> DeleteAsync(Request request) => DestroyAsync(request);
}
