// Provides the opt-out of the OpenAPI document for a view (DRF's schema = None).
namespace RestFramework.Schemas;

/// <summary>Leaves the view out of the OpenAPI document, as DRF's <c>schema = None</c>.</summary>
[AttributeUsage(AttributeTargets.Class, Inherited = true)]
public sealed class ExcludeFromSchemaAttribute : Attribute;
