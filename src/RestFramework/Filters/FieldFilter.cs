// Provides the base of the compiled filters of a filter set: validate a query value, then narrow the queryset.
namespace RestFramework.Filters;

/// <summary>A filter of a <see cref="FilterSet{T}"/>: validates its query value, then narrows the queryset.</summary>
/// <typeparam name="T">The entity type.</typeparam>
internal abstract class FieldFilter<T>
{
    /// <summary>The query parameter (<c>price__gte</c>).</summary>
    public abstract string Name { get; }

    /// <summary>Validates <paramref name="raw"/>: null to skip the filter, else the state to apply; sets <paramref name="error"/> on invalid input.</summary>
    public abstract object? Prepare(string raw, out string? error);

    /// <summary>Applies the prepared state to <paramref name="queryset"/>.</summary>
    public abstract IQueryable<T> Apply(IQueryable<T> queryset, object prepared);
}
