// Provides FilterSet, django-filter's FilterSet: declared filters and generated field filters for one entity type.
using RestFramework.Exceptions;
using RestFramework.Requests;

namespace RestFramework.Filters;

/// <summary>
/// A set of filters for <typeparamref name="T"/>. Subclass it and declare filters in the constructor; name it in a view's
/// <see cref="IFilterSetView.FilterSetType"/>. The instance is built once per type and shared, so it must not hold request state.
/// </summary>
/// <typeparam name="T">The entity type.</typeparam>
/// <remarks>
/// Every parameter present is validated first; any invalid value gives 400 with django-filter's errors keyed by parameter
/// (<c>{"price__gte":["Enter a number."]}</c>). Unknown parameters are ignored.
/// </remarks>
public abstract class FilterSet<T>
{
    private readonly List<FieldFilter<T>> _filters = [];

    /// <summary>The names of the query parameters this set reads, in validation order.</summary>
    public IEnumerable<string> ParameterNames => _filters.Select(f => f.Name);

    /// <summary>Adds generated filters for <paramref name="fields"/> (django-filter's <c>Meta.fields</c>).</summary>
    /// <param name="fields">The fields and lookups.</param>
    protected void AddFields(FilterFields fields)
    {
        ArgumentNullException.ThrowIfNull(fields);
        foreach (var (field, lookups) in fields)
        {
            var path = FieldPath.Get(typeof(T), field);
            foreach (var lookup in lookups)
            {
                AddFilter(lookup == "exact" ? field : field + "__" + lookup, path, lookup);
            }
        }
    }

    /// <summary>Declares the parameter <paramref name="name"/> filtering <paramref name="field"/> with <paramref name="lookup"/>.</summary>
    /// <param name="name">The query parameter (<c>min_price</c>).</param>
    /// <param name="field">The field path (<c>price</c>, <c>topic__slug</c>).</param>
    /// <param name="lookup">The lookup. Defaults to <c>exact</c>.</param>
    protected void AddFilter(string name, string field, string lookup = "exact") => AddFilter(name, FieldPath.Get(typeof(T), field), lookup);

    /// <summary>Declares the parameter <paramref name="name"/> handled by <paramref name="method"/>, which receives the stripped, non-empty value.</summary>
    /// <param name="name">The query parameter.</param>
    /// <param name="method">Narrows the queryset; it may throw <see cref="ValidationError"/>.</param>
    protected void AddMethod(string name, Func<IQueryable<T>, string, IQueryable<T>> method)
    {
        _filters.RemoveAll(f => f.Name == name);
        _filters.Add(new MethodFilter<T>(name, method));
    }

    /// <summary>Validates the request's values for every filter, then applies them in order.</summary>
    /// <param name="request">The request.</param>
    /// <param name="queryset">The queryset.</param>
    /// <returns>The filtered queryset.</returns>
    /// <exception cref="ValidationError">A value is invalid.</exception>
    public IQueryable<T> FilterQueryset(Request request, IQueryable<T> queryset)
    {
        ArgumentNullException.ThrowIfNull(request);
        var query = request.QueryParams;
        OrderedDictionary<string, object>? errors = null;
        var prepared = new object?[_filters.Count];
        for (var i = 0; i < _filters.Count; i++)
        {
            var values = query[_filters[i].Name];
            if (values.Count == 0)
            {
                continue;
            }
            prepared[i] = _filters[i].Prepare(values[^1] ?? string.Empty, out var error);
            if (error is not null)
            {
                (errors ??= [])[_filters[i].Name] = new List<object> { new ErrorDetail(error, "invalid") };
            }
        }
        if (errors is not null)
        {
            throw new ValidationError(errors);
        }
        for (var i = 0; i < _filters.Count; i++)
        {
            if (prepared[i] is { } state)
            {
                queryset = _filters[i].Apply(queryset, state);
            }
        }
        return queryset;
    }

    private void AddFilter(string name, FieldPath path, string lookup)
    {
        _filters.RemoveAll(f => f.Name == name);
        _filters.Add(new LookupFilter<T>(name, path, lookup));
    }
}
