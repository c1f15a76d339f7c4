// Provides DjangoFilterBackend: django-filter's field filters, generated from a view's FilterFields or taken from its FilterSet.
using System.Collections.Concurrent;
using RestFramework.Pagination;
using RestFramework.Requests;
using RestFramework.Views;

namespace RestFramework.Filters;

/// <summary>
/// django-filter's <c>DjangoFilterBackend</c>: filters by the view's <see cref="IFilterSetView.FilterSetType"/>, or by a set
/// generated from its <see cref="IFilterSetView.FilterFields"/>. Values are parsed per column type; invalid ones give 400
/// with Django's messages (<c>Enter a number.</c>, <c>Enter a valid date/time.</c>, <c>Select a valid choice. X is not one of the available choices.</c>).
/// </summary>
/// <remarks>Filter sets are built once per view type and entity type and cached; no reflection runs per request.</remarks>
public class DjangoFilterBackend : IFilterBackend
{
    private static readonly ConcurrentDictionary<(Type Owner, Type Entity), object> Sets = new();

    /// <inheritdoc />
    public IQueryable<T> FilterQueryset<T>(Request request, IQueryable<T> queryset, ApiView view)
    {
        ArgumentNullException.ThrowIfNull(view);
        return GetFilterSet<T>(view) is { } set ? set.FilterQueryset(request, queryset) : queryset;
    }

    /// <summary>The filter set's parameters for <typeparamref name="T"/> on <paramref name="view"/>, for OPTIONS and OpenAPI.</summary>
    /// <typeparam name="T">The entity type of the view.</typeparam>
    /// <param name="view">The view.</param>
    /// <returns>One string parameter per filter, in declaration order.</returns>
    public static IReadOnlyList<QueryParameterInfo> GetSchemaParameters<T>(ApiView view) =>
        GetFilterSet<T>(view)?.ParameterNames.Select(name => new QueryParameterInfo(name, string.Empty, "string")).ToList() ?? [];

    /// <summary>The filter set of <paramref name="view"/> for <typeparamref name="T"/>, or null when the view declares none.</summary>
    protected static FilterSet<T>? GetFilterSet<T>(ApiView view)
    {
        if (view is not IFilterSetView declared)
        {
            return null;
        }
        if (declared.FilterSetType is { } type)
        {
            return (FilterSet<T>)Sets.GetOrAdd((type, typeof(T)), static key =>
                Activator.CreateInstance(key.Owner) as FilterSet<T>
                ?? throw new InvalidOperationException($"{key.Owner.Name} must derive from FilterSet<{key.Entity.Name}> to filter {key.Entity.Name}."));
        }
        if (declared.FilterFields is { } fields)
        {
            return (FilterSet<T>)Sets.GetOrAdd((view.GetType(), typeof(T)), _ => new GeneratedFilterSet<T>(fields));
        }
        return null;
    }
}
