// Provides the endpoint metadata naming the view type a plain MapView endpoint serves (read by the schema generator).
namespace RestFramework.Views;

/// <summary>The <see cref="ApiView"/> type behind an endpoint mapped with <c>MapView</c>.</summary>
/// <param name="ViewType">The view type.</param>
internal sealed record ViewEndpointMetadata(Type ViewType);
