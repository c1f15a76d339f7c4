// Provides the policies of a function view, DRF's @renderer_classes, @permission_classes and the other policy decorators.
namespace RestFramework.Decorators;

/// <summary>Per-view settings of a function view mapped with <c>MapApiView</c>; null values fall back to the settings' defaults.</summary>
public sealed class FunctionViewOptions
{
    /// <summary>Renderer classes (DRF's <c>@renderer_classes</c>); null uses <c>DefaultRenderers</c>.</summary>
    public IReadOnlyList<Type>? RendererTypes { get; set; }

    /// <summary>Parser classes (DRF's <c>@parser_classes</c>); null uses <c>DefaultParsers</c>.</summary>
    public IReadOnlyList<Type>? ParserTypes { get; set; }

    /// <summary>Authentication classes (DRF's <c>@authentication_classes</c>); null uses <c>DefaultAuthentication</c>.</summary>
    public IReadOnlyList<Type>? AuthenticationTypes { get; set; }

    /// <summary>Throttle classes (DRF's <c>@throttle_classes</c>); null uses <c>DefaultThrottles</c>.</summary>
    public IReadOnlyList<Type>? ThrottleTypes { get; set; }

    /// <summary>Permission classes (DRF's <c>@permission_classes</c>); null uses <c>DefaultPermissions</c>.</summary>
    public IReadOnlyList<Type>? PermissionTypes { get; set; }

    /// <summary>The scope of <c>ScopedRateThrottle</c>, or null.</summary>
    public string? ThrottleScope { get; set; }

    /// <summary>The view name shown by OPTIONS. Defaults to the handler's method name in words (<c>HelloWorld</c> → <c>Hello World</c>), or for a lambda the last literal segment of the route.</summary>
    public string? Name { get; set; }

    /// <summary>The view description shown by OPTIONS. Defaults to empty.</summary>
    public string? Description { get; set; }
}
