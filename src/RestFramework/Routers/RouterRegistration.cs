// Provides one entry of a router's registry: a prefix, a viewset type and a basename.
namespace RestFramework.Routers;

/// <summary>A viewset registered with a router (DRF's <c>router.registry</c> entry).</summary>
/// <param name="Prefix">The URL prefix, a route template fragment such as <c>questions</c>.</param>
/// <param name="ViewSetType">The viewset type.</param>
/// <param name="Basename">The prefix of the route names (<c>question</c> gives <c>question-list</c>).</param>
public sealed record RouterRegistration(string Prefix, Type ViewSetType, string Basename);
