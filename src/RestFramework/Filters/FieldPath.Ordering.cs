// Provides the ordering of a query by a field path, with the Queryable methods closed once per path.
using System.Linq.Expressions;
using System.Reflection;

namespace RestFramework.Filters;

internal sealed partial class FieldPath
{
    private static readonly MethodInfo[] OrderingDefinitions =
    [
        Definition(nameof(Queryable.OrderBy)),
        Definition(nameof(Queryable.OrderByDescending)),
        Definition(nameof(Queryable.ThenBy)),
        Definition(nameof(Queryable.ThenByDescending)),
    ];

    private MethodInfo[]? _ordering;

    /// <summary>Orders <paramref name="query"/> by this path: <c>OrderBy</c> first, <c>ThenBy</c> when <paramref name="then"/>.</summary>
    public IQueryable<T> Order<T>(IQueryable<T> query, bool descending, bool then)
    {
        var selector = Selector ?? throw new InvalidOperationException($"Cannot order {Root.Name} by '{Path}', which crosses a collection.");
        _ordering ??= Array.ConvertAll(OrderingDefinitions, m => m.MakeGenericMethod(Root, LeafType));
        var method = _ordering[(then ? 2 : 0) + (descending ? 1 : 0)];
        return query.Provider.CreateQuery<T>(Expression.Call(null, method, query.Expression, Expression.Quote(selector)));
    }

    private static MethodInfo Definition(string name) => typeof(Queryable).GetMethods()
        .Single(m => m.Name == name && m.GetParameters().Length == 2);
}
