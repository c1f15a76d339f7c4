// Provides the view-side declaration of DjangoFilterBackend's field filters or filter set.
namespace RestFramework.Filters;

/// <summary>A view filtered by <see cref="DjangoFilterBackend"/> (django-filter's <c>filterset_fields</c> and <c>filterset_class</c>).</summary>
public interface IFilterSetView
{
    /// <summary>The fields and their lookups: <c>new() { "kind", { "price", "gte", "lte" } }</c>. Null for none.</summary>
    /// <remarks>Built once per view type and entity type, so it must not vary per request.</remarks>
    FilterFields? FilterFields { get; }

    /// <summary>A <see cref="FilterSet{T}"/> type, which takes precedence over <see cref="FilterFields"/>. Null for none.</summary>
    Type? FilterSetType { get; }
}
