// Provides DestroyApiView, DRF's DestroyAPIView: DELETE: delete an object.
using RestFramework.Mixins;
using RestFramework.Requests;
using RestFramework.Responses;

namespace RestFramework.Generics;

/// <summary>DRF's <c>DestroyAPIView</c>: DELETE: delete an object. Map it with <c>MapView</c>.</summary>
/// <typeparam name="TEntity">The entity type.</typeparam>
public abstract class DestroyApiView<TEntity> : GenericApiView<TEntity>, IDestroyModelMixin
    where TEntity : class
{
    /// <inheritdoc />
    protected override ValueTask<Response> DeleteAsync(Request request) => DestroyAsync(request);
}
