// Provides the seam through which a model serializer makes a generated relation read-only.
namespace RestFramework.Relations;

/// <summary>A field that drops what only writable fields may have (a relation's queryset) when it becomes read-only.</summary>
internal interface IReadOnlyCapable
{
    /// <summary>Drops the queryset, as DRF's ModelSerializer pops it for <c>read_only_fields</c>.</summary>
    void MakeReadOnly();
}
