// Provides the contract shared by every viewset: the current action and what the router bound it to.
namespace RestFramework.ViewSets;

/// <summary>A view whose requests are routed to actions (<c>list</c>, <c>retrieve</c>, extra actions) rather than to HTTP verbs.</summary>
/// <remarks>
/// Derive from <see cref="ViewSet"/> (or a generic viewset) rather than implementing this interface: only the framework's bases can be
/// registered with a router. Permissions and throttles read <see cref="Action"/> through it: <c>view is IViewSet { Action: "list" }</c>.
/// </remarks>
public interface IViewSet
{
    /// <summary>The action of the request: <c>list</c>, <c>create</c>, an extra action's name, <c>metadata</c> for OPTIONS, or null for a method the route does not map.</summary>
    string? Action { get; }

    /// <summary>True on detail routes (<c>questions/{pk}/</c>), false on list routes; null when the viewset is not routed.</summary>
    bool? Detail { get; }

    /// <summary>The basename the router registered the viewset with (<c>question</c>), used to reverse its routes.</summary>
    string? Basename { get; }

    /// <summary>The suffix of the view name: <c>List</c> or <c>Instance</c> on standard routes, or what an extra action sets.</summary>
    string? Suffix { get; }

    /// <summary>The model field that detail routes look up. Defaults to <c>pk</c>.</summary>
    /// <remarks>The router reads it once per type at startup, from an instance whose constructor has not run: return a constant.</remarks>
    string LookupField { get; }

    /// <summary>The route value of the lookup; null uses <see cref="LookupField"/>.</summary>
    /// <remarks>Read once at startup, as <see cref="LookupField"/>.</remarks>
    string? LookupUrlKwarg { get; }

    /// <summary>The regular expression a lookup value must match. Defaults to <c>[^/.]+</c> (no slashes, no dots, so <c>.json</c> suffixes work).</summary>
    /// <remarks>Read once at startup, as <see cref="LookupField"/>.</remarks>
    string LookupValueRegex { get; }
}
