// Provides the queryset side of GenericApiView: the database, the queryset, filtering and the object lookup.
using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore;
using RestFramework.Exceptions;
using RestFramework.Filters;

namespace RestFramework.Generics;

public abstract partial class GenericApiView<TEntity>
{
    private DbContext? _db;
    private IReadOnlyList<IFilterBackend>? _filterBackends;

    /// <summary>The EF Core context type of the view; null finds the registered context whose model has <typeparamref name="TEntity"/>.</summary>
    public virtual Type? DbContextType => null;

    /// <summary>The EF Core context of this request (resolved from the request's services).</summary>
    public DbContext Db => _db ??= EntityContexts.Resolve(Services, typeof(TEntity), DbContextType);

    /// <summary>The objects of the resource (DRF's <c>get_queryset</c>). Defaults to every <typeparamref name="TEntity"/>.</summary>
    /// <remarks>Override to narrow per request (<c>Db.Set&lt;Attempt&gt;().Where(a =&gt; a.UserId == id)</c>) or to add includes. It runs in SQL.</remarks>
    public virtual IQueryable<TEntity> GetQueryset() => Db.Set<TEntity>();

    /// <summary>The filter backends, built per request.</summary>
    public virtual IReadOnlyList<IFilterBackend> GetFilterBackends() =>
        _filterBackends ??= Create<IFilterBackend>(FilterBackendTypes ?? ReadOnly(Options.DefaultFilterBackends));

    /// <summary>Applies every filter backend in order (DRF's <c>filter_queryset</c>).</summary>
    public virtual IQueryable<TEntity> FilterQueryset(IQueryable<TEntity> queryset)
    {
        foreach (var backend in GetFilterBackends())
        {
            queryset = backend.FilterQueryset(Request, queryset, this);
        }
        return queryset;
    }

    /// <summary>The object of a detail route (DRF's <c>get_object</c>): filtered queryset, lookup by <c>LookupField</c>, then object permissions.</summary>
    /// <exception cref="NotFound">No object matches, or the lookup value cannot be of the field's type.</exception>
    public virtual async ValueTask<TEntity> GetObjectAsync()
    {
        var entity = await FilterQueryset(GetQueryset()).Where(LookupPredicate()).FirstOrDefaultAsync(HttpContext.RequestAborted)
            ?? throw new NotFound();
        CheckObjectPermissions(Request, entity);
        return entity;
    }

    /// <summary>The predicate selecting the object named by the URL: <c>x =&gt; x.{LookupField} == value</c>.</summary>
    /// <exception cref="NotFound">The URL's value cannot be of the field's type (DRF answers 404 there too).</exception>
    protected Expression<Func<TEntity, bool>> LookupPredicate()
    {
        var kwarg = LookupUrlKwarg ?? LookupField;
        if (!Kwargs.TryGetValue(kwarg, out var raw) || raw is null)
        {
            throw new InvalidOperationException(
                $"Expected view {GetType().Name} to be called with a URL keyword argument named \"{kwarg}\". Fix your URL conf, or set the `LookupField` property on the view correctly.");
        }
        return Lookups.Predicate<TEntity>(LookupField, Convert.ToString(raw, System.Globalization.CultureInfo.InvariantCulture)!) ?? throw new NotFound();
    }
}
