// Provides UpdateApiView, DRF's UpdateAPIView: PUT and PATCH: update an object.
using RestFramework.Mixins;
using RestFramework.Requests;
using RestFramework.Responses;

namespace RestFramework.Generics;

/// <summary>DRF's <c>UpdateAPIView</c>: PUT and PATCH: update an object. Map it with <c>MapView</c>.</summary>
/// <typeparam name="TEntity">The entity type.</typeparam>
public abstract class UpdateApiView<TEntity> : GenericApiView<TEntity>, IUpdateModelMixin
    where TEntity : class
{
    /// <inheritdoc />
    protected override ValueTask<Response> PutAsync(Request request) => UpdateAsync(request);

    /// <inheritdoc />
    protected override ValueTask<Response> PatchAsync(Request request) => PartialUpdateAsync(request);
}
