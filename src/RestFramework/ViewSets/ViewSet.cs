// Provides ViewSet, DRF's ViewSet: a view whose requests a router routes to actions (list, retrieve, extra actions).
using RestFramework.Routers;
using RestFramework.Views;

namespace RestFramework.ViewSets;

/// <summary>
/// A view that answers actions rather than HTTP verbs. Override <see cref="ListAsync"/>, <see cref="CreateAsync"/>,
/// <see cref="RetrieveAsync"/>, <see cref="UpdateAsync"/>, <see cref="PartialUpdateAsync"/> and <see cref="DestroyAsync"/> for the
/// actions the resource exposes, and mark further methods with <see cref="ActionAttribute"/>; register it with a router.
/// </summary>
/// <remarks>
/// A router emits a route only when one of its actions is implemented, so an action that is not overridden is not exposed: its method
/// answers 405 with an <c>Allow</c> header listing the methods that are. Everything of <see cref="ApiView"/> (policies, hooks) applies.
/// </remarks>
public abstract partial class ViewSet : ApiView, IRoutableViewSet
{
    private ViewSetRoute? _route;

    /// <inheritdoc />
    public string? Action { get; private set; }

    /// <inheritdoc />
    public bool? Detail => _route?.Detail;

    /// <inheritdoc />
    public string? Basename => _route?.Basename;

    /// <inheritdoc />
    public string? Suffix => _route?.Suffix;

    /// <summary>The view name set by the route (an extra action's <c>Name</c>), or null to derive it from the class name and <see cref="Suffix"/>.</summary>
    public virtual string? Name => _route?.Name;

    /// <inheritdoc />
    public virtual string LookupField => "pk";

    /// <inheritdoc />
    public virtual string? LookupUrlKwarg => null;

    /// <inheritdoc />
    public virtual string LookupValueRegex => "[^/.]+";

    /// <summary>The route this instance serves; throws when the viewset was mapped without a router.</summary>
    private protected ViewSetRoute Route => _route ?? throw NotRouted(GetType());

    /// <summary>Whether a router bound this instance to a route; false only for generic views mapped as plain views.</summary>
    private protected bool Routed => _route is not null || RequiresRoute;

    /// <summary>Whether the view must be routed (true for viewsets); generic views also serve as plain views mapped with <c>MapView</c>.</summary>
    private protected virtual bool RequiresRoute => true;

    void IRoutableViewSet.Bind(ViewSetRoute route) => _route = route;

    /// <summary>Sets <see cref="Action"/> outside a request, for the schema generator to read the action's serializer.</summary>
    internal void BindAction(string? action) => Action = action;

    /// <summary>DRF's <c>get_view_name</c> for viewsets: <see cref="Name"/>, else the class name in words plus the <see cref="Suffix"/> (<c>Question List</c>).</summary>
    public override string GetViewName()
    {
        if (Name is { } name)
        {
            return name;
        }
        var derived = ViewNames.FromTypeName(GetType().Name);
        return Suffix is { Length: > 0 } suffix ? $"{derived} {suffix}" : derived;
    }

    /// <summary>The route's description (an extra action's <c>Description</c>), else the viewset's.</summary>
    public override string GetViewDescription() => _route?.Description ?? base.GetViewDescription();

    /// <summary>The absolute URL of the route <c>{Basename}-{urlName}</c> (DRF's <c>reverse_action</c>), such as <c>ReverseAction("list")</c>.</summary>
    /// <param name="urlName">The route name's suffix: <c>list</c>, <c>detail</c> or an extra action's url name.</param>
    /// <param name="values">Route values, such as <c>new { pk = 1 }</c>.</param>
    /// <returns>The absolute URL.</returns>
    public string ReverseAction(string urlName, object? values = null) => Urls.Reverse($"{Route.Basename}-{urlName}", values, Request);

    internal static InvalidOperationException NotRouted(Type type) => new(
        $"{type.Name} is a viewset: register it with a router (router.Register<{type.Name}>(\"prefix\")) or map it with MapViewSet and an action map, not MapView.");
}
