// Provides OrderingFilter: ?ordering=-created,name over whitelisted fields, with a primary-key tie-breaker.
using System.Collections.Concurrent;
using System.Reflection;
using RestFramework.Fields;
using RestFramework.Pagination;
using RestFramework.Requests;
using RestFramework.Views;

namespace RestFramework.Filters;

/// <summary>
/// DRF's <c>OrderingFilter</c>: the <c>ordering</c> parameter is a comma-separated list of fields, <c>-</c> for descending.
/// Terms outside the view's <see cref="IOrderingFieldsView.OrderingFields"/> are dropped silently and never reach SQL; without a
/// valid term the view's <see cref="IOrderingFieldsView.Ordering"/> applies.
/// </summary>
/// <remarks>
/// Without <c>OrderingFields</c>, a generic view may be ordered by its serializer's readable fields, named by their source
/// (<c>topic.slug</c> is <c>topic__slug</c>), as DRF's default valid fields are; <c>*</c> sources, write-only fields and
/// computed properties are not orderable. A relation orders by the related row's key, as Django's <c>order_by("topic")</c>
/// does for a model without <c>Meta.ordering</c>. The primary key is appended (ascending) unless already present, so pages of
/// an ordered list never overlap.
/// </remarks>
public class OrderingFilter : IOrderingBackend
{
    private static readonly ConcurrentDictionary<(Type View, Type Entity, Type? Serializer), HashSet<string>> ValidFields = new();
    private static readonly ConcurrentDictionary<(Type Root, string Term), FieldPath?> OrderablePaths = new();

    /// <summary>The query parameter; null uses the <c>OrderingParam</c> setting (<c>ordering</c>).</summary>
    public string? OrderingParam { get; set; }

    /// <inheritdoc />
    public IQueryable<T> FilterQueryset<T>(Request request, IQueryable<T> queryset, ApiView view)
    {
        var ordering = GetOrdering(request, queryset, view);
        if (ordering is not { Count: > 0 })
        {
            return queryset;
        }
        var key = FieldPath.PrimaryKey(typeof(T));
        var hasKey = false;
        for (var i = 0; i < ordering.Count; i++)
        {
            var term = ordering[i];
            var descending = term.StartsWith('-');
            var name = descending ? term[1..] : term;
            var path = OrderablePath(typeof(T), name) ?? FieldPath.Get(typeof(T), name);
            hasKey |= key is not null && path.IsMember(key);
            queryset = path.Order(queryset, descending, then: i > 0);
        }
        return key is null || hasKey ? queryset : FieldPath.Get(typeof(T), "pk").Order(queryset, descending: false, then: true);
    }

    /// <inheritdoc />
    public IReadOnlyList<string>? GetOrdering<T>(Request request, IQueryable<T> queryset, ApiView view)
    {
        ArgumentNullException.ThrowIfNull(request);
        var text = PositiveInt.Last(request.QueryParams, OrderingParam ?? request.Options.OrderingParam);
        if (!string.IsNullOrEmpty(text))
        {
            var valid = GetValidFields<T>(view);
            var terms = text.Split(',').Select(t => PythonText.Strip(t)).Where(t => valid.Contains(t.StartsWith('-') ? t[1..] : t)).ToList();
            if (terms.Count > 0)
            {
                return terms;
            }
        }
        return GetDefaultOrdering(view);
    }

    /// <summary>The ordering without a valid term: the view's <see cref="IOrderingFieldsView.Ordering"/>. Override to vary it.</summary>
    /// <param name="view">The view.</param>
    /// <returns>The ordering terms, or null for none.</returns>
    protected virtual IReadOnlyList<string>? GetDefaultOrdering(ApiView view) => (view as IOrderingFieldsView)?.Ordering;

    /// <inheritdoc />
    public IReadOnlyList<QueryParameterInfo> GetSchemaParameters(ApiView view)
    {
        ArgumentNullException.ThrowIfNull(view);
        return [new(OrderingParam ?? view.Options?.OrderingParam ?? "ordering", "Which field to use when ordering the results.", "string")];
    }

    private static HashSet<string> GetValidFields<T>(ApiView view)
    {
        var declared = (view as IOrderingFieldsView)?.OrderingFields;
        var generic = declared is null ? view as Generics.IGenericView : null;
        var serializerType = generic?.GetSerializerType();
        return ValidFields.GetOrAdd((view.GetType(), typeof(T), serializerType), _ =>
        {
            if (declared is not null && !(declared.Count == 1 && declared[0] == "__all__"))
            {
                foreach (var field in declared)
                {
                    FieldPath.Get(typeof(T), field);
                }
                return new HashSet<string>(declared, StringComparer.Ordinal);
            }
            if (generic is not null)
            {
                return generic.GetSerializer().Fields
                    .Where(f => !f.Value.WriteOnly && f.Value.Source != "*")
                    .Select(f => f.Value.SourceAttrs.Count > 0 ? string.Join("__", f.Value.SourceAttrs.Select(ValueParser.SnakeCase)) : f.Key)
                    .Where(term => OrderablePath(typeof(T), term) is not null)
                    .ToHashSet(StringComparer.Ordinal);
            }
            return typeof(T).GetProperties(BindingFlags.Public | BindingFlags.Instance)
                .Where(p => IsScalar(p.PropertyType))
                .Select(p => ValueParser.SnakeCase(p.Name))
                .ToHashSet(StringComparer.Ordinal);
        });
    }

    // The path a term orders by: a scalar member reached through single-valued relations and stored (settable, not [NotMapped]); a
    // relation itself orders by its key. Null for anything else (a collection, a computed property, a method).
    private static FieldPath? OrderablePath(Type root, string term) =>
        OrderablePaths.GetOrAdd((root, term), static key => FindOrderablePath(key.Root, key.Term));

    private static FieldPath? FindOrderablePath(Type root, string term)
    {
        var path = FieldPath.Find(root, term);
        if (path?.Selector is null || path.Members.Any(m => !m.CanWrite || m.IsDefined(typeof(System.ComponentModel.DataAnnotations.Schema.NotMappedAttribute), inherit: true)))
        {
            return null;
        }
        if (IsScalar(path.LeafType))
        {
            return path;
        }
        return FieldPath.PrimaryKey(path.LeafType) is null ? null : OrderablePath(root, term + "__pk");
    }

    private static bool IsScalar(Type type)
    {
        var target = Nullable.GetUnderlyingType(type) ?? type;
        return target.IsPrimitive || target.IsEnum || target == typeof(string) || target == typeof(decimal) || target == typeof(DateTime) ||
            target == typeof(DateTimeOffset) || target == typeof(DateOnly) || target == typeof(TimeOnly) || target == typeof(Guid) || target == typeof(TimeSpan);
    }
}
