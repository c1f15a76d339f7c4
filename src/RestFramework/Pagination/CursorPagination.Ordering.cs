// Provides the ordering side of CursorPagination: resolved terms, a primary-key tie-breaker and the position filter.
using System.Linq.Expressions;
using RestFramework.Exceptions;
using RestFramework.Filters;

namespace RestFramework.Pagination;

public partial class CursorPagination
{
    private readonly record struct OrderingTerm(FieldPath Path, bool Descending);

    private static List<OrderingTerm> ResolveOrdering(Type root, IReadOnlyList<string> terms)
    {
        var resolved = new List<OrderingTerm>(terms.Count + 1);
        foreach (var term in terms)
        {
            var descending = term.StartsWith('-');
            resolved.Add(new OrderingTerm(FieldPath.Get(root, descending ? term[1..] : term), descending));
        }
        if (resolved.Count == 0)
        {
            throw new InvalidOperationException("Using cursor pagination, but the ordering is empty; set CursorPagination.Ordering or the view's Ordering.");
        }
        if (FieldPath.PrimaryKey(root) is { } key && !resolved.Any(t => t.Path.IsMember(key)))
        {
            resolved.Add(new OrderingTerm(FieldPath.Get(root, "pk"), Descending: false));
        }
        return resolved;
    }

    private static IQueryable<T> Order<T>(IQueryable<T> query, List<OrderingTerm> ordering, bool reverse)
    {
        for (var i = 0; i < ordering.Count; i++)
        {
            query = ordering[i].Path.Order(query, ordering[i].Descending != reverse, then: i > 0);
        }
        return query;
    }

    private Expression<Func<T, bool>> PositionFilter<T>(OrderingTerm first, string position, bool reverse)
    {
        if (!CursorPosition.TryParse(first.Path.LeafType, position, out var value))
        {
            throw new NotFound(InvalidCursorMessage);
        }
        var parameter = Expression.Parameter(typeof(T), "x");
        var column = first.Path.Access(parameter);
        var op = reverse != first.Descending ? ExpressionType.LessThan : ExpressionType.GreaterThan;
        return Expression.Lambda<Func<T, bool>>(Comparison.Build(op, column, QueryValue.For(value, first.Path.LeafType)), parameter);
    }
}
