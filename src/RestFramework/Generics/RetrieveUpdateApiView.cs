// Provides RetrieveUpdateApiView, DRF's RetrieveUpdateAPIView: GET, PUT and PATCH on one object.
using RestFramework.Mixins;
using RestFramework.Requests;
using RestFramework.Responses;

namespace RestFramework.Generics;

/// <summary>DRF's <c>RetrieveUpdateAPIView</c>: GET, PUT and PATCH on one object. Map it with <c>MapView</c>.</summary>
/// <typeparam name="TEntity">The entity type.</typeparam>
public abstract class RetrieveUpdateApiView<TEntity> : GenericApiView<TEntity>, IRetrieveModelMixin, IUpdateModelMixin
    where TEntity : class
{
    /// <inheritdoc />
    protected override ValueTask<Response> GetAsync(Request request) => RetrieveAsync(request);

    /// <inheritdoc />
    protected override ValueTask<Response> PutAsync(Request request) => UpdateAsync(request);

    /// <inheritdoc />
    protected override ValueTask<Response> PatchAsync(Request request) => PartialUpdateAsync(request);
}
