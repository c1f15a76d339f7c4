// Provides a filter set entry backed by a method, for filtering that is not a field lookup.
namespace RestFramework.Filters;

/// <summary>A filter that hands the stripped query value to a method (django-filter's <c>method=</c>); empty values skip it.</summary>
internal sealed class MethodFilter<T>(string name, Func<IQueryable<T>, string, IQueryable<T>> method) : FieldFilter<T>
{
    public override string Name => name;

    public override object? Prepare(string raw, out string? error)
    {
        error = null;
        var text = raw.Trim();
        return text.Length == 0 ? null : text;
    }

    public override IQueryable<T> Apply(IQueryable<T> queryset, object prepared) => method(queryset, (string)prepared);
}
