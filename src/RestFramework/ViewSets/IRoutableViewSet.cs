// Provides the seam through which routers bind a viewset instance to the route it serves.
namespace RestFramework.ViewSets;

/// <summary>Implemented by the framework's viewset bases (<see cref="ViewSet"/>, generic viewsets): receives the route before dispatch.</summary>
/// <remarks>
/// A viewset base that cannot derive from <see cref="ViewSet"/> (a generic viewset derives from the generic view) implements this and
/// overrides, as <see cref="ViewSet"/> does: <c>InitializeRequest</c> (set <c>Action</c> from <see cref="ViewSetRoute.ActionFor"/>),
/// <c>AllowedMethods</c> and <c>AllowHeader</c> (<see cref="ViewSetRoute.AllowedMethods"/>, <see cref="ViewSetRoute.AllowHeader"/>), <c>HandleAsync</c> (<see cref="ViewSetRoute.Find"/>, else OPTIONS, else 405),
/// <c>GetViewName</c>/<c>GetViewDescription</c>, and the policy hooks reading <see cref="ViewSetRoute.Overrides"/>. Its action methods
/// (<c>ListAsync</c>, ...) are found by name and signature, implemented when overridden.
/// </remarks>
internal interface IRoutableViewSet : IViewSet
{
    /// <summary>Binds this instance to <paramref name="route"/>; called once per request, before the pipeline runs.</summary>
    void Bind(ViewSetRoute route);
}
