// Provides the '@' search prefix on PostgreSQL: to_tsvector(column) @@ plainto_tsquery(term), as Django's __search lookup.
using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore;
using RestFramework.Filters;

namespace RestFramework.Npgsql;

/// <summary>
/// PostgreSQL full-text search for <see cref="SearchFilter"/>'s <c>@</c> prefix: <c>to_tsvector(column) @@ plainto_tsquery(term)</c>
/// in the database's default text search configuration, which is what DRF's <c>@</c> runs on PostgreSQL.
/// </summary>
public sealed class PostgresFullTextSearch : IFullTextSearch
{
    private static readonly Expression<Func<string, string, bool>> Template =
        (column, term) => EF.Functions.ToTsVector(column).Matches(EF.Functions.PlainToTsQuery(term));

    /// <inheritdoc />
    public bool Supports(string providerName) => providerName == "Npgsql.EntityFrameworkCore.PostgreSQL";

    /// <inheritdoc />
    public Expression Match(Expression column, Expression term) =>
        new Substitution(Template.Parameters[0], column, Template.Parameters[1], term).Visit(Template.Body);

    private sealed class Substitution(ParameterExpression column, Expression columnValue, ParameterExpression term, Expression termValue) : ExpressionVisitor
    {
        protected override Expression VisitParameter(ParameterExpression node) =>
            node == column ? columnValue : node == term ? termValue : node;
    }
}
