// Provides the description of a query parameter that a paginator or filter reads, for OPTIONS and OpenAPI.
namespace RestFramework.Pagination;

/// <summary>A query parameter read by a policy (DRF's <c>get_schema_operation_parameters</c> entry).</summary>
/// <param name="Name">The parameter name (<c>page</c>).</param>
/// <param name="Description">DRF's description (<c>A page number within the paginated result set.</c>).</param>
/// <param name="SchemaType">The OpenAPI type: <c>integer</c> or <c>string</c>.</param>
public sealed record QueryParameterInfo(string Name, string Description, string SchemaType);
