// Provides the filter set generated from a view's FilterFields (django-filter's filterset_factory).
namespace RestFramework.Filters;

/// <summary>The filter set of a view that declares only <see cref="IFilterSetView.FilterFields"/>.</summary>
internal sealed class GeneratedFilterSet<T> : FilterSet<T>
{
    public GeneratedFilterSet(FilterFields fields) => AddFields(fields);
}
