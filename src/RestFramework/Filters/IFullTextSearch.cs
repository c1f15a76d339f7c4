// Provides the seam of the '@' search prefix: a database's own full-text search, where it has one.
using System.Linq.Expressions;

namespace RestFramework.Filters;

/// <summary>
/// The full-text match of <see cref="SearchFilter"/>'s <c>@</c> prefix on one database. Register an implementation as a
/// service (RestFramework.Npgsql's <c>AddRestFrameworkNpgsql</c> registers PostgreSQL's); without one, <c>@</c> searches as
/// a case-insensitive "contains".
/// </summary>
public interface IFullTextSearch
{
    /// <summary>Whether this search serves the EF Core provider named <paramref name="providerName"/> (<c>DbContext.Database.ProviderName</c>).</summary>
    /// <param name="providerName">The provider's name, such as <c>Npgsql.EntityFrameworkCore.PostgreSQL</c>.</param>
    /// <returns>True to build the view's full-text matches with <see cref="Match"/>.</returns>
    bool Supports(string providerName);

    /// <summary>The predicate "<paramref name="column"/> matches the search term <paramref name="term"/>", which the provider translates to SQL.</summary>
    /// <param name="column">The string column.</param>
    /// <param name="term">The term, a query parameter.</param>
    /// <returns>A boolean expression.</returns>
    Expression Match(Expression column, Expression term);
}
