// Provides GenericApiView, DRF's GenericAPIView: a queryset, a serializer class, object lookup, filtering and pagination.
using RestFramework.Filters;
using RestFramework.Permissions;
using RestFramework.ViewSets;

namespace RestFramework.Generics;

/// <summary>
/// DRF's <c>GenericAPIView</c> for <typeparamref name="TEntity"/>: the queryset (<see cref="GetQueryset"/>), the serializer
/// (<see cref="SerializerType"/>), the object lookup (<see cref="GetObjectAsync"/>), filter backends and pagination, and the
/// standard actions' behaviour that the concrete views and viewsets expose.
/// </summary>
/// <typeparam name="TEntity">The EF Core entity type of the resource.</typeparam>
/// <remarks>
/// Map a concrete generic view (<c>ListCreateApiView</c>, ...) with <c>MapView</c>, or register a generic viewset
/// (<c>ModelViewSet</c>, or <c>GenericViewSet</c> with mixin interfaces) with a router.
/// </remarks>
public abstract partial class GenericApiView<TEntity> : ViewSet, IFilteredView, ISearchFieldsView, IOrderingFieldsView, IFilterSetView, IModelView, IEntityContextView, IGenericView
    where TEntity : class
{
    /// <inheritdoc />
    public Type ModelType => typeof(TEntity);

    /// <summary>The app label of model permissions (<c>{app_label}.add_{model}</c>). Defaults to the DbContext's name without <c>DbContext</c>, <c>Context</c> or <c>Db</c>, lower-cased (<c>PrepDbContext</c> → <c>prep</c>).</summary>
    public virtual string AppLabel
    {
        get
        {
            var name = Db.GetType().Name;
            foreach (var suffix in new[] { "DbContext", "Context", "Db" })
            {
                if (name.EndsWith(suffix, StringComparison.Ordinal) && name.Length > suffix.Length)
                {
                    name = name[..^suffix.Length];
                    break;
                }
            }
            return name.ToLowerInvariant();
        }
    }

    private protected override bool RequiresRoute => false;

    /// <summary>The serializer class (DRF's <c>serializer_class</c>); override <see cref="GetSerializerType"/> to choose per request or action.</summary>
    public virtual Type? SerializerType => null;

    /// <summary>The filter backends of this view; null uses <c>DefaultFilterBackends</c>.</summary>
    public virtual IReadOnlyList<Type>? FilterBackendTypes => null;

    /// <summary>The pagination class of this view; null uses <c>DefaultPagination</c>. Set <see cref="NoPagination"/> to turn it off.</summary>
    public virtual Type? PaginatorType => null;

    /// <summary>Turns pagination off for this view even when <c>DefaultPagination</c> is set (DRF's <c>pagination_class = None</c>).</summary>
    public virtual bool NoPagination => false;

    /// <inheritdoc />
    public virtual IReadOnlyList<string>? SearchFields => null;

    /// <inheritdoc />
    public virtual IReadOnlyList<string>? OrderingFields => null;

    /// <inheritdoc />
    public virtual IReadOnlyList<string>? Ordering => null;

    /// <inheritdoc />
    public virtual FilterFields? FilterFields => null;

    /// <inheritdoc />
    public virtual Type? FilterSetType => null;
}
