// Provides ListCreateApiView, DRF's ListCreateAPIView: GET lists and POST creates.
using RestFramework.Mixins;
using RestFramework.Requests;
using RestFramework.Responses;

namespace RestFramework.Generics;

/// <summary>DRF's <c>ListCreateAPIView</c>: GET lists and POST creates. Map it with <c>MapView</c>.</summary>
/// <typeparam name="TEntity">The entity type.</typeparam>
public abstract class ListCreateApiView<TEntity> : GenericApiView<TEntity>, IListModelMixin, ICreateModelMixin
    where TEntity : class
{
    /// <inheritdoc />
    protected override ValueTask<Response> GetAsync(Request request) => ListAsync(request);

    /// <inheritdoc />
    protected override ValueTask<Response> PostAsync(Request request) => CreateAsync(request);
}
