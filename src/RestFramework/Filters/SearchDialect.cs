// Provides the SQL of the search prefixes that differ by database: '$' (regex) and '@' (full text).
using System.Linq.Expressions;
using System.Reflection;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using RestFramework.Generics;
using RestFramework.Views;

namespace RestFramework.Filters;

/// <summary>
/// How the view's database matches <c>$</c> and <c>@</c>. SQLite's <c>REGEXP</c> runs .NET's regex, so <c>(?i)</c> makes it
/// case-insensitive; PostgreSQL's <c>~</c> accepts one leading option group, which Npgsql already uses, so there the
/// case-insensitive overload (<c>~*</c>) is used. <c>@</c> uses the registered <see cref="IFullTextSearch"/> for the provider.
/// </summary>
internal sealed class SearchDialect
{
    private const string Npgsql = "Npgsql.EntityFrameworkCore.PostgreSQL";
    private static readonly MethodInfo IsMatch = typeof(Regex).GetMethod(nameof(Regex.IsMatch), [typeof(string), typeof(string)])!;
    private static readonly MethodInfo IsMatchWithOptions = typeof(Regex).GetMethod(nameof(Regex.IsMatch), [typeof(string), typeof(string), typeof(RegexOptions)])!;

    private readonly bool _postgres;
    private readonly IFullTextSearch? _fullText;

    private SearchDialect(string provider, IFullTextSearch? fullText)
    {
        _postgres = provider == Npgsql;
        _fullText = fullText;
    }

    /// <summary>The dialect of the database that holds <typeparamref name="T"/> for <paramref name="view"/>.</summary>
    public static SearchDialect For<T>(ApiView view)
    {
        var services = view.HttpContext.RequestServices;
        var db = view is IEntityContextView entityView ? entityView.Db : EntityContexts.Resolve(services, typeof(T), null);
        var provider = db.Database.ProviderName ?? string.Empty;
        return new SearchDialect(provider, services.GetServices<IFullTextSearch>().FirstOrDefault(f => f.Supports(provider)));
    }

    /// <summary>The case-insensitive regex match of <paramref name="column"/> against <paramref name="pattern"/> (Django's <c>iregex</c>).</summary>
    public Expression IRegex(Expression column, string pattern) => _postgres
        ? Expression.Call(IsMatchWithOptions, column, QueryValue.For(pattern), Expression.Constant(RegexOptions.IgnoreCase))
        : Expression.Call(IsMatch, column, QueryValue.For("(?i)" + pattern));

    /// <summary>The full-text match of <paramref name="column"/>, or <paramref name="fallback"/> where the database has none registered.</summary>
    public Expression FullText(Expression column, Expression term, Expression fallback) => _fullText?.Match(column, term) ?? fallback;
}
