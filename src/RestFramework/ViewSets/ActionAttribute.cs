// Provides [Action], DRF's @action: marks a viewset method as an extra action that routers route.
namespace RestFramework.ViewSets;

/// <summary>
/// Marks a viewset method <c>ValueTask&lt;Response&gt; M(Request)</c> as an extra action, routed at <c>{prefix}/{url_path}/</c> (list) or
/// <c>{prefix}/{lookup}/{url_path}/</c> (detail) and named <c>{basename}-{url_name}</c>.
/// </summary>
/// <remarks>
/// The action's name is the method name without <c>Async</c>, in snake case (<c>SetAgeAsync</c> → <c>set_age</c>); it may not be a standard
/// action's name. The policy properties override the viewset's for this action's route only, as DRF's <c>@action(**kwargs)</c>.
/// </remarks>
[AttributeUsage(AttributeTargets.Method, AllowMultiple = false, Inherited = true)]
public sealed class ActionAttribute : Attribute
{
    private bool _detail;

    /// <summary>Required: true for a detail action (on one object), false for a list action.</summary>
    public bool Detail
    {
        get => _detail;
        set
        {
            _detail = value;
            IsDetailSet = true;
        }
    }

    internal bool IsDetailSet { get; private set; }

    /// <summary>The HTTP methods of the action. Defaults to GET.</summary>
    public string[] Methods { get; set; } = ["get"];

    /// <summary>The URL segment (a route template fragment). Defaults to the action name (<c>set_age</c>).</summary>
    public string? UrlPath { get; set; }

    /// <summary>The route name's suffix, as in <c>question-set-age</c>. Defaults to the action name with dashes.</summary>
    public string? UrlName { get; set; }

    /// <summary>The view name. Defaults to DRF's <c>pretty_name</c> of the action (<c>Set age</c>); not allowed with <see cref="Suffix"/>.</summary>
    public string? Name { get; set; }

    /// <summary>A suffix added to the viewset's name instead of a <see cref="Name"/>; not allowed with <see cref="Name"/>.</summary>
    public string? Suffix { get; set; }

    /// <summary>The view description. Defaults to the viewset's.</summary>
    public string? Description { get; set; }

    /// <summary>Permission classes of this action, replacing the viewset's.</summary>
    public Type[]? PermissionTypes { get; set; }

    /// <summary>Authentication classes of this action, replacing the viewset's.</summary>
    public Type[]? AuthenticationTypes { get; set; }

    /// <summary>Throttle classes of this action, replacing the viewset's.</summary>
    public Type[]? ThrottleTypes { get; set; }

    /// <summary>The scope of <c>ScopedRateThrottle</c> for this action, replacing the viewset's.</summary>
    public string? ThrottleScope { get; set; }

    /// <summary>Parser classes of this action, replacing the viewset's.</summary>
    public Type[]? ParserTypes { get; set; }

    /// <summary>Renderer classes of this action, replacing the viewset's.</summary>
    public Type[]? RendererTypes { get; set; }

    /// <summary>The serializer class of this action, for generic viewsets.</summary>
    public Type? SerializerType { get; set; }
}
