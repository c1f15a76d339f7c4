// Provides the seam through which routers bind a viewset instance to the route it serves.
namespace RestFramework.ViewSets;

/// <summary>Implemented by the framework's viewset bases (<see cref="ViewSet"/>, generic viewsets): receives the route before dispatch.</summary>
internal interface IRoutableViewSet : IViewSet
{
    /// <summary>Binds this instance to <paramref name="route"/>; called once per request, before the pipeline runs.</summary>
    void Bind(ViewSetRoute route);
}
