// Provides CreateApiView, DRF's CreateAPIView: POST: create an object.
using RestFramework.Mixins;
using RestFramework.Requests;
using RestFramework.Responses;

namespace RestFramework.Generics;

/// <summary>DRF's <c>CreateAPIView</c>: POST: create an object. Map it with <c>MapView</c>.</summary>
/// <typeparam name="TEntity">The entity type.</typeparam>
public abstract class CreateApiView<TEntity> : GenericApiView<TEntity>, ICreateModelMixin
    where TEntity : class
{
    /// <inheritdoc />
    protected override ValueTask<Response> PostAsync(Request request) => CreateAsync(request);
}
