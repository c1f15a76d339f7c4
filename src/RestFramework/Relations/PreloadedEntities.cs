// Provides preloaded entities: what relations and unique validators would look up one query at a time, loaded once for many serializers.
using System.Linq.Expressions;
using System.Reflection;
using RestFramework.Fields;

namespace RestFramework.Relations;

/// <summary>
/// Entities loaded in advance by one of their properties, so that the relations and unique validators of many serializers (the rows
/// of an import) find them in memory instead of running one query each.
/// </summary>
/// <remarks>
/// Set it on <see cref="Serializers.SerializerContext.Preloaded"/>. A lookup on a registered (entity type, property) whose value
/// was covered by <see cref="Cover{TEntity, TValue}"/> is answered from memory; any other value, a queryset other than the
/// context's whole <c>DbSet</c>, or a lookup on several properties at once runs the usual query, so the answers do not change.
/// The caller keeps the entities current: <see cref="Track{TEntity}"/> each entity it creates or changes while it validates more data.
/// Values compare with the default equality of their type (ordinal for text), as SQLite and PostgreSQL compare them by default:
/// do not preload a column with a case-insensitive collation.
/// </remarks>
public sealed class PreloadedEntities
{
    private readonly Dictionary<(Type Entity, string Property), IIndex> _indexes = [];

    /// <summary>Declares that <paramref name="entities"/> are all the entities whose <paramref name="property"/> is one of <paramref name="values"/>.</summary>
    /// <typeparam name="TEntity">The entity type.</typeparam>
    /// <typeparam name="TValue">The property type.</typeparam>
    /// <param name="property">The property, e.g. <c>t =&gt; t.Slug</c>.</param>
    /// <param name="values">The values covered, found or not.</param>
    /// <param name="entities">The entities found for them (from one query such as <c>Where(t =&gt; values.Contains(t.Slug))</c>).</param>
    /// <returns>This instance.</returns>
    public PreloadedEntities Cover<TEntity, TValue>(Expression<Func<TEntity, TValue>> property, IEnumerable<TValue> values, IEnumerable<TEntity> entities)
        where TEntity : class
        where TValue : notnull
    {
        ArgumentNullException.ThrowIfNull(property);
        var member = property.Body is MemberExpression { Member: PropertyInfo or FieldInfo } access && access.Expression == property.Parameters[0]
            ? access.Member
            : throw new ArgumentException($"`{property}` must name a property of `{typeof(TEntity).Name}`, e.g. `e => e.Slug`.", nameof(property));
        var key = (typeof(TEntity), member.Name);
        if (!_indexes.TryGetValue(key, out var index))
        {
            index = new Index<TEntity, TValue>(property.Compile());
            _indexes[key] = index;
        }
        var typed = (Index<TEntity, TValue>)index;
        typed.Cover(values);
        foreach (var entity in entities)
        {
            typed.Track(entity);
        }
        return this;
    }

    /// <summary>Indexes <paramref name="entity"/> (new, or changed since it was indexed) under its current values; they become covered.</summary>
    /// <typeparam name="TEntity">The entity type.</typeparam>
    /// <param name="entity">The entity.</param>
    public void Track<TEntity>(TEntity entity)
        where TEntity : class
    {
        foreach (var ((type, _), index) in _indexes)
        {
            if (type == typeof(TEntity))
            {
                ((ITypedIndex<TEntity>)index).Track(entity);
            }
        }
    }

    /// <summary>Finds the entity whose <paramref name="property"/> equals <paramref name="value"/>; false when the value is not covered.</summary>
    internal bool TryFind<TEntity>(string property, object? value, out TEntity? entity)
        where TEntity : class
    {
        entity = null;
        if (!_indexes.TryGetValue((typeof(TEntity), property), out var index) || !index.TryMatch(value, out var matches))
        {
            return false;
        }
        entity = matches.Count > 0 ? (TEntity)matches[0] : null;
        return true;
    }

    /// <summary>Whether an entity other than the one keyed <paramref name="exclude"/> has the value; false when the value is not covered.</summary>
    internal bool TryExists<TEntity>(string property, object? value, (string Property, Type Type, object? Value)? exclude, out bool exists)
        where TEntity : class
    {
        exists = false;
        if (!_indexes.TryGetValue((typeof(TEntity), property), out var index) || !index.TryMatch(value, out var matches))
        {
            return false;
        }
        var excluded = exclude is { } key ? Coercion.To(key.Value, key.Type) : null;
        exists = matches.Any(m => exclude is null || !MemberAccess.TryGet(m, exclude.Value.Property, out var current)
            || !Equals(Coercion.To(current, exclude.Value.Type), excluded));
        return true;
    }

    private interface IIndex
    {
        bool TryMatch(object? value, out IReadOnlyList<object> matches);
    }

    private interface ITypedIndex<in TEntity>
    {
        void Track(TEntity entity);
    }

    private sealed class Index<TEntity, TValue>(Func<TEntity, TValue> read) : IIndex, ITypedIndex<TEntity>
        where TEntity : class
        where TValue : notnull
    {
        private static readonly IReadOnlyList<object> None = [];
        private readonly HashSet<TValue> _covered = [];
        private readonly Dictionary<TValue, List<object>> _byValue = [];
        private readonly Dictionary<TEntity, TValue> _indexedAs = new(ReferenceEqualityComparer.Instance);

        public void Cover(IEnumerable<TValue> values) => _covered.UnionWith(values);

        public void Track(TEntity entity)
        {
            if (_indexedAs.Remove(entity, out var old) && _byValue.TryGetValue(old, out var previous))
            {
                previous.Remove(entity);
            }
            var value = read(entity);
            // A null property (an optional column) is never looked up from memory: null is left to the query.
            if (value is null)
            {
                return;
            }
            _indexedAs[entity] = value;
            _covered.Add(value);
            if (!_byValue.TryGetValue(value, out var list))
            {
                _byValue[value] = list = [];
            }
            list.Add(entity);
        }

        public bool TryMatch(object? value, out IReadOnlyList<object> matches)
        {
            matches = None;
            // Null and values of another type are left to the query and its conversion rules.
            if (value is not TValue typed || !_covered.Contains(typed))
            {
                return false;
            }
            matches = _byValue.TryGetValue(typed, out var list) ? list : None;
            return true;
        }
    }
}
