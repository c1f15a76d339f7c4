// Provides the per-action policies of ViewSet: an extra action's [Action] overrides replace the viewset's on its route.
using RestFramework.Authentication;
using RestFramework.Parsers;
using RestFramework.Permissions;
using RestFramework.Renderers;
using RestFramework.Throttling;

namespace RestFramework.ViewSets;

public abstract partial class ViewSet
{
    private IReadOnlyList<IRenderer>? _actionRenderers;
    private IReadOnlyList<IParser>? _actionParsers;

    /// <summary>The extra action's throttle scope on its route, else null.</summary>
    /// <remarks>A viewset overriding this property should fall back to it: <c>=&gt; base.ThrottleScope ?? "questions"</c>.</remarks>
    public override string? ThrottleScope => _route?.Overrides?.ThrottleScope;

    /// <inheritdoc />
    public override IReadOnlyList<IPermission> GetPermissions() =>
        _route?.Overrides?.PermissionTypes is { } types ? Create<IPermission>(types) : base.GetPermissions();

    /// <inheritdoc />
    public override IReadOnlyList<IAuthentication> GetAuthenticators() =>
        _route?.Overrides?.AuthenticationTypes is { } types ? Create<IAuthentication>(types) : base.GetAuthenticators();

    /// <inheritdoc />
    public override IReadOnlyList<IThrottle> GetThrottles() =>
        _route?.Overrides?.ThrottleTypes is { } types ? Create<IThrottle>(types) : base.GetThrottles();

    /// <inheritdoc />
    public override IReadOnlyList<IRenderer> GetRenderers() =>
        _route?.Overrides?.RendererTypes is { } types ? _actionRenderers ??= Create<IRenderer>(types) : base.GetRenderers();

    /// <inheritdoc />
    public override IReadOnlyList<IParser> GetParsers() =>
        _route?.Overrides?.ParserTypes is { } types ? _actionParsers ??= Create<IParser>(types) : base.GetParsers();
}
