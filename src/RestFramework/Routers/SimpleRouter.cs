// Provides SimpleRouter, DRF's SimpleRouter: list, detail and extra action routes for each registered viewset.
using RestFramework.Views;
using RestFramework.ViewSets;

namespace RestFramework.Routers;

/// <summary>
/// Routes registered viewsets, in DRF's order: <c>{prefix}/</c> (list, create; <c>{basename}-list</c>), list extra actions
/// (<c>{prefix}/{url_path}/</c>; <c>{basename}-{url_name}</c>), <c>{prefix}/{lookup}/</c> (retrieve, update, partial_update, destroy;
/// <c>{basename}-detail</c>), then detail extra actions (<c>{prefix}/{lookup}/{url_path}/</c>).
/// </summary>
/// <remarks>
/// A route is mapped only when the viewset implements one of its actions, and answers only the implemented ones. Mount the router with
/// <c>app.MapRouter("api", router)</c>; a prefix such as <c>api/{version}</c> serves URL path versioning.
/// </remarks>
/// <param name="trailingSlash">Whether URLs end with a slash. Defaults to true.</param>
public partial class SimpleRouter(bool trailingSlash = true)
{
    private readonly List<RouterRegistration> _registry = [];

    /// <summary>Whether URLs end with a slash.</summary>
    public bool TrailingSlash { get; } = trailingSlash;

    /// <summary>The registered viewsets, in registration order.</summary>
    public IReadOnlyList<RouterRegistration> Registry => _registry;

    /// <summary>Registers <typeparamref name="TViewSet"/> under <paramref name="prefix"/>.</summary>
    /// <param name="prefix">The URL prefix (<c>questions</c>), a route template fragment.</param>
    /// <param name="basename">The route names' prefix (<c>question</c>); null derives it from a generic viewset's entity type.</param>
    /// <returns>This router.</returns>
    /// <exception cref="InvalidOperationException">The viewset's actions are misdeclared, or no basename can be derived.</exception>
    public SimpleRouter Register<TViewSet>(string prefix, string? basename = null)
        where TViewSet : ApiView, IViewSet => Register(prefix, typeof(TViewSet), basename);

    /// <summary>Registers the viewset type <paramref name="viewSetType"/>; see <see cref="Register{TViewSet}"/>.</summary>
    /// <param name="prefix">The URL prefix.</param>
    /// <param name="viewSetType">A concrete viewset type.</param>
    /// <param name="basename">The route names' prefix, or null.</param>
    /// <returns>This router.</returns>
    public SimpleRouter Register(string prefix, Type viewSetType, string? basename = null)
    {
        ViewSetDescriptor.For(viewSetType);
        _registry.Add(new RouterRegistration(prefix.Trim('/'), viewSetType, basename ?? GetDefaultBasename(viewSetType)));
        return this;
    }

    /// <summary>The basename of a viewset registered without one: its entity type's name in lower case (DRF uses the queryset's model).</summary>
    /// <remarks>Override to derive basenames another way.</remarks>
    /// <param name="viewSetType">The viewset type.</param>
    /// <returns>The basename.</returns>
    protected virtual string GetDefaultBasename(Type viewSetType)
    {
        for (var type = viewSetType.BaseType; type is not null; type = type.BaseType)
        {
            if (type.IsGenericType && type.Assembly == typeof(SimpleRouter).Assembly)
            {
                return type.GetGenericArguments()[0].Name.ToLowerInvariant();
            }
        }
        throw new InvalidOperationException(
            $"basename argument not specified, and could not automatically determine the name from {viewSetType.Name}, as it has no entity type. " +
            $"Pass one: router.Register<{viewSetType.Name}>(\"prefix\", \"basename\").");
    }
}
