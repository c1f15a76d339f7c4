// Provides cached, compiled access to the members a source path names (no reflection per read).
using System.Collections;
using System.Collections.Concurrent;
using System.Linq.Expressions;
using System.Reflection;

namespace RestFramework.Fields;

/// <summary>Resolves source names to properties (<c>author_name</c> → <c>AuthorName</c>) and reads them through compiled delegates, cached per type.</summary>
internal static class MemberAccess
{
    private static readonly ConcurrentDictionary<(Type, string), Func<object, object?>?> Getters = new();
    private static readonly ConcurrentDictionary<(Type, string), Action<object, object?>?> Setters = new();
    private static readonly ConcurrentDictionary<(Type, string), MemberInfo?> Members = new();

    /// <summary>Finds the property or field of <paramref name="type"/> that <paramref name="name"/> names: exact, case-insensitive, then ignoring underscores.</summary>
    /// <remarks>Cached per type and name: validators and relations resolve their member on every value they check.</remarks>
    public static MemberInfo? Resolve(Type type, string name) =>
        Members.GetOrAdd((type, name), static key => Find(key.Item1, key.Item2));

    private static MemberInfo? Find(Type type, string name)
    {
        const BindingFlags Flags = BindingFlags.Public | BindingFlags.Instance | BindingFlags.FlattenHierarchy;
        var members = type.GetProperties(Flags).Where(p => p.GetIndexParameters().Length == 0).Cast<MemberInfo>().Concat(type.GetFields(Flags)).ToList();
        var squashed = name.Replace("_", string.Empty, StringComparison.Ordinal);
        return members.FirstOrDefault(m => m.Name == name)
            ?? members.FirstOrDefault(m => string.Equals(m.Name, name, StringComparison.OrdinalIgnoreCase))
            ?? members.FirstOrDefault(m => string.Equals(m.Name, squashed, StringComparison.OrdinalIgnoreCase));
    }

    /// <summary>The CLR type of a property or field.</summary>
    public static Type TypeOf(MemberInfo member) => member is PropertyInfo p ? p.PropertyType : ((FieldInfo)member).FieldType;

    /// <summary>Reads <paramref name="name"/> from <paramref name="instance"/>: a dictionary key or a member.</summary>
    public static bool TryGet(object instance, string name, out object? value)
    {
        switch (instance)
        {
            case IDictionary<string, object?> map:
                return map.TryGetValue(name, out value);
            case IDictionary dictionary:
                value = dictionary[name];
                return dictionary.Contains(name);
        }
        var getter = Getters.GetOrAdd((instance.GetType(), name), static key => BuildGetter(key.Item1, key.Item2));
        if (getter is null)
        {
            value = null;
            return false;
        }
        value = getter(instance);
        return true;
    }

    /// <summary>The compiled getter of <paramref name="name"/> on <paramref name="type"/>, or null when there is no such member.</summary>
    public static Func<object, object?>? Getter(Type type, string name) =>
        Getters.GetOrAdd((type, name), static key => BuildGetter(key.Item1, key.Item2));

    /// <summary>Assigns <paramref name="value"/> to the member <paramref name="name"/> of <paramref name="instance"/>.</summary>
    public static void Set(object instance, string name, object? value)
    {
        var setter = Setters.GetOrAdd((instance.GetType(), name), static key => BuildSetter(key.Item1, key.Item2))
            ?? throw new InvalidOperationException($"`{instance.GetType().Name}` has no writable member for `{name}`.");
        setter(instance, value);
    }

    private static Func<object, object?>? BuildGetter(Type type, string name)
    {
        var member = Resolve(type, name);
        if (member is null)
        {
            return null;
        }
        var obj = Expression.Parameter(typeof(object));
        var body = Expression.Convert(Expression.MakeMemberAccess(Expression.Convert(obj, type), member), typeof(object));
        return Expression.Lambda<Func<object, object?>>(body, obj).Compile();
    }

    private static Action<object, object?>? BuildSetter(Type type, string name)
    {
        var member = Resolve(type, name);
        if (member is null || member is PropertyInfo { CanWrite: false })
        {
            return null;
        }
        var obj = Expression.Parameter(typeof(object));
        var value = Expression.Parameter(typeof(object));
        var target = Expression.MakeMemberAccess(Expression.Convert(obj, type), member);
        var memberType = TypeOf(member);
        var coerced = Expression.Call(typeof(Coercion).GetMethod(nameof(Coercion.To))!, value, Expression.Constant(memberType));
        var assign = Expression.Assign(target, Expression.Convert(coerced, memberType));
        return Expression.Lambda<Action<object, object?>>(assign, obj, value).Compile();
    }
}
