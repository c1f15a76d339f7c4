// Provides the view-side declaration of the fields OrderingFilter may order by, and the default ordering.
namespace RestFramework.Filters;

/// <summary>A view orderable by <see cref="OrderingFilter"/> (DRF's <c>ordering_fields</c> and <c>ordering</c>).</summary>
public interface IOrderingFieldsView
{
    /// <summary>The fields a client may order by (<c>name</c>, <c>topic__slug</c>), or <c>["__all__"]</c> for every scalar property.</summary>
    /// <remarks>
    /// Null allows, on a generic view, its serializer's readable fields named by their source (<c>topic__slug</c>), as DRF does; on
    /// another view, the entity's scalar properties. Other terms are dropped, never sent to SQL.
    /// </remarks>
    IReadOnlyList<string>? OrderingFields { get; }

    /// <summary>The ordering used when the request gives no valid term (<c>["-created"]</c>), or null to leave the queryset's own.</summary>
    IReadOnlyList<string>? Ordering { get; }
}
