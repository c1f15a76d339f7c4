// Provides the resolution of Django-style field paths (topic__slug) to cached member-access expressions.
using System.Collections.Concurrent;
using System.ComponentModel.DataAnnotations;
using System.Linq.Expressions;
using System.Reflection;

namespace RestFramework.Filters;

/// <summary>
/// A field path such as <c>topic__slug</c> resolved once against an entity type: each segment maps a snake_case name to a C#
/// property (<c>created_at</c> → <c>CreatedAt</c>, <c>pk</c> → the primary key); collections are crossed with <c>Any</c>.
/// </summary>
internal sealed partial class FieldPath
{
    private static readonly ConcurrentDictionary<(Type Root, string Path), FieldPath?> Cache = new();
    private static readonly ConcurrentDictionary<Type, MethodInfo> AnyMethods = new();
    private static readonly MethodInfo AnyDefinition = typeof(Enumerable).GetMethods()
        .Single(m => m.Name == nameof(Enumerable.Any) && m.GetParameters().Length == 2);

    private readonly PropertyInfo[] _members;
    private readonly Type?[] _elementTypes;

    private FieldPath(Type root, string path, PropertyInfo[] members, Type?[] elementTypes)
    {
        Root = root;
        Path = path;
        _members = members;
        _elementTypes = elementTypes;
        var last = members[^1];
        LeafType = last.PropertyType;
        CrossesCollection = elementTypes.Take(elementTypes.Length - 1).Any(t => t is not null);
        if (!CrossesCollection)
        {
            var parameter = Expression.Parameter(root, "x");
            Selector = Expression.Lambda(Access(parameter), parameter);
            ObjectSelector = Expression.Lambda(Expression.Convert(Selector.Body, typeof(object)), parameter);
        }
    }

    /// <summary>The entity type the path starts from.</summary>
    public Type Root { get; }

    /// <summary>The path as declared (<c>topic__slug</c>).</summary>
    public string Path { get; }

    /// <summary>The CLR type of the last member.</summary>
    public Type LeafType { get; }

    /// <summary>Whether a segment before the last is a collection, so the path can filter (with <c>Any</c>) but not order.</summary>
    public bool CrossesCollection { get; }

    /// <summary><c>x => x.Topic.Slug</c>, or null when the path crosses a collection.</summary>
    public LambdaExpression? Selector { get; }

    /// <summary><c>x => (object)x.Topic.Slug</c>, or null when the path crosses a collection.</summary>
    public LambdaExpression? ObjectSelector { get; }

    /// <summary>The path resolved on <paramref name="root"/>, or null when a segment names no property.</summary>
    public static FieldPath? Find(Type root, string path) => Cache.GetOrAdd((root, path), static key => Resolve(key.Root, key.Path));

    /// <summary>The path resolved on <paramref name="root"/>; throws with the type and the name when it does not exist.</summary>
    public static FieldPath Get(Type root, string path) => Find(root, path)
        ?? throw new InvalidOperationException($"'{path}' names no property of {root.Name}; use the property names (snake_case or C#) joined by '__'.");

    /// <summary>The properties the path crosses, from the root.</summary>
    public IReadOnlyList<PropertyInfo> Members => _members;

    /// <summary>Whether the path is the single property <paramref name="property"/>.</summary>
    public bool IsMember(PropertyInfo property) => _members.Length == 1 && _members[0] == property;

    /// <summary>The member access of the whole path on <paramref name="instance"/>; the path must not cross a collection.</summary>
    public Expression Access(Expression instance)
    {
        var body = instance;
        foreach (var member in _members)
        {
            body = Expression.Property(body, member);
        }
        return body;
    }

    /// <summary>A predicate on <paramref name="instance"/> testing the leaf with <paramref name="test"/>, crossing collections with <c>Any</c>.</summary>
    public Expression Predicate(Expression instance, Func<Expression, Expression> test) => Predicate(instance, 0, test);

    private Expression Predicate(Expression instance, int from, Func<Expression, Expression> test)
    {
        var body = instance;
        for (var i = from; i < _members.Length; i++)
        {
            body = Expression.Property(body, _members[i]);
            if (_elementTypes[i] is { } element && i < _members.Length - 1)
            {
                var item = Expression.Parameter(element, "e" + i);
                var inner = Expression.Lambda(Predicate(item, i + 1, test), item);
                return Expression.Call(AnyMethods.GetOrAdd(element, static e => AnyDefinition.MakeGenericMethod(e)), body, inner);
            }
        }
        return test(body);
    }

    private static FieldPath? Resolve(Type root, string path)
    {
        var segments = path.Split("__");
        var members = new PropertyInfo[segments.Length];
        var elements = new Type?[segments.Length];
        var type = root;
        for (var i = 0; i < segments.Length; i++)
        {
            var member = FindProperty(type, segments[i]);
            if (member is null)
            {
                return null;
            }
            members[i] = member;
            elements[i] = ElementType(member.PropertyType);
            type = elements[i] ?? member.PropertyType;
        }
        return new FieldPath(root, path, members, elements);
    }

    private static PropertyInfo? FindProperty(Type type, string name)
    {
        if (name == "pk")
        {
            return PrimaryKey(type);
        }
        var properties = type.GetProperties(BindingFlags.Public | BindingFlags.Instance);
        var compact = name.Replace("_", string.Empty, StringComparison.Ordinal);
        return properties.FirstOrDefault(p => p.Name == name)
            ?? properties.FirstOrDefault(p => string.Equals(p.Name, name, StringComparison.OrdinalIgnoreCase))
            ?? properties.FirstOrDefault(p => string.Equals(p.Name, compact, StringComparison.OrdinalIgnoreCase));
    }

    /// <summary>The primary key of <paramref name="type"/>: a <c>[Key]</c> property, else <c>Id</c>, else <c>{Type}Id</c>.</summary>
    public static PropertyInfo? PrimaryKey(Type type)
    {
        var properties = type.GetProperties(BindingFlags.Public | BindingFlags.Instance);
        return properties.FirstOrDefault(p => p.IsDefined(typeof(KeyAttribute), inherit: true))
            ?? properties.FirstOrDefault(p => p.Name == "Id")
            ?? properties.FirstOrDefault(p => p.Name == type.Name + "Id");
    }

    private static Type? ElementType(Type type)
    {
        if (type == typeof(string) || type == typeof(byte[]))
        {
            return null;
        }
        var enumerable = type.IsGenericType && type.GetGenericTypeDefinition() == typeof(IEnumerable<>)
            ? type
            : type.GetInterfaces().FirstOrDefault(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(IEnumerable<>));
        return enumerable?.GetGenericArguments()[0];
    }
}
