// Provides the endpoint metadata that names a version namespace (DRF's URL namespace).
namespace RestFramework.Versioning;

/// <summary>Marks an endpoint as part of the namespace <paramref name="Namespace"/>; nested groups add one entry each, outermost first.</summary>
/// <param name="Namespace">The namespace, such as <c>v1</c>.</param>
public sealed record VersionNamespaceMetadata(string Namespace);
