// Provides what is known of a viewset type once, at startup: its implemented actions, extra actions and lookup.
using System.Collections.Concurrent;
using System.Linq.Expressions;
using System.Reflection;
using System.Runtime.CompilerServices;
using RestFramework.Requests;
using RestFramework.Responses;
using RestFramework.Views;

namespace RestFramework.ViewSets;

/// <summary>The actions of a viewset type, found by reflection once and compiled to delegates.</summary>
internal sealed class ViewSetDescriptor
{
    private const BindingFlags Instance = BindingFlags.Instance | BindingFlags.Public | BindingFlags.NonPublic;
    private static readonly ConcurrentDictionary<Type, ViewSetDescriptor> Cache = new();

    private ViewSetDescriptor(
        Type type, IReadOnlyDictionary<string, ActionBinding> standard, IReadOnlyList<ExtraActionDescriptor> extra, IViewSet lookup)
    {
        ViewSetType = type;
        StandardActions = standard;
        ExtraActions = extra;
        LookupField = lookup.LookupField;
        LookupUrlKwarg = lookup.LookupUrlKwarg ?? lookup.LookupField;
        LookupValueRegex = lookup.LookupValueRegex;
    }

    public Type ViewSetType { get; }

    /// <summary>The standard actions the type implements (overrides), by action name.</summary>
    public IReadOnlyDictionary<string, ActionBinding> StandardActions { get; }

    /// <summary>The extra actions, sorted by name as DRF's <c>get_extra_actions</c>.</summary>
    public IReadOnlyList<ExtraActionDescriptor> ExtraActions { get; }

    public string LookupField { get; }

    /// <summary>The route value of the lookup (<c>LookupUrlKwarg</c>, else <c>LookupField</c>).</summary>
    public string LookupUrlKwarg { get; }

    public string LookupValueRegex { get; }

    /// <summary>The descriptor of <paramref name="type"/>; throws with a fix when the type is not a routable viewset or its actions are misdeclared.</summary>
    public static ViewSetDescriptor For(Type type) => Cache.GetOrAdd(type, Build);

    private static ViewSetDescriptor Build(Type type)
    {
        if (type.IsAbstract || !typeof(ApiView).IsAssignableFrom(type) || !typeof(IRoutableViewSet).IsAssignableFrom(type))
        {
            throw new InvalidOperationException(
                $"{type.Name} cannot be routed as a viewset: derive a concrete class from ViewSet (or a generic viewset), or map a plain view with MapView.");
        }
        var standard = new Dictionary<string, ActionBinding>(StringComparer.Ordinal);
        foreach (var (action, methodName) in ActionNames.Standard)
        {
            var method = type.GetMethod(methodName, Instance, [typeof(Request)]);
            if (method is not null && IsActionSignature(method) && IsImplemented(method))
            {
                standard[action] = new ActionBinding(action, Compile(method));
            }
        }
        return new ViewSetDescriptor(type, standard, FindExtraActions(type), ReadLookup(type));
    }

    private static List<ExtraActionDescriptor> FindExtraActions(Type type)
    {
        var methods = type.GetMethods(Instance);
        var marked = methods.Select(m => (Method: m, Attribute: m.GetCustomAttribute<ActionAttribute>(inherit: true)))
            .Where(p => p.Attribute is not null)
            .OrderBy(p => ActionNames.FromMethodName(p.Method.Name), StringComparer.Ordinal)
            .ToList();
        var existing = marked.Select(p => ActionNames.FromMethodName(p.Method.Name))
            .Where(name => ActionNames.Standard.Any(s => s.Action == name))
            .ToList();
        if (existing.Count > 0)
        {
            throw new InvalidOperationException(
                $"Cannot use the [Action] attribute on the following methods, as they are existing routes: {string.Join(", ", existing)}. " +
                $"Rename them in {type.Name}, or override the standard action's method instead.");
        }

        var mappings = new Dictionary<string, Dictionary<string, ActionBinding>>(StringComparer.Ordinal);
        foreach (var (method, attribute) in marked)
        {
            var where = $"{type.Name}.{method.Name}";
            if (!attribute!.IsDetailSet)
            {
                throw new InvalidOperationException($"[Action] on {where} must set Detail: true for an action on one object, false for one on the list.");
            }
            if (attribute.Name is not null && attribute.Suffix is not null)
            {
                throw new InvalidOperationException($"[Action] on {where} sets both Name and Suffix, which are mutually exclusive.");
            }
            RequireActionSignature(method, where, "[Action]");
            var binding = new ActionBinding(ActionNames.FromMethodName(method.Name), Compile(method));
            var mapping = new Dictionary<string, ActionBinding>(StringComparer.OrdinalIgnoreCase);
            foreach (var httpMethod in attribute.Methods)
            {
                mapping[httpMethod.ToUpperInvariant()] = binding;
            }
            mappings[method.Name] = mapping;
        }

        foreach (var method in methods)
        {
            if (method.GetCustomAttribute<ActionMappingAttribute>(inherit: true) is not { } map)
            {
                continue;
            }
            var where = $"{type.Name}.{method.Name}";
            if (!mappings.TryGetValue(map.Action, out var mapping))
            {
                throw new InvalidOperationException($"[ActionMapping] on {where} names {map.Action}, which is not an [Action] method of {type.Name}.");
            }
            RequireActionSignature(method, where, "[ActionMapping]");
            var binding = new ActionBinding(ActionNames.FromMethodName(method.Name), Compile(method));
            foreach (var httpMethod in map.Methods)
            {
                if (mapping.TryGetValue(httpMethod, out var taken))
                {
                    throw new InvalidOperationException($"Method '{httpMethod.ToLowerInvariant()}' has already been mapped to '.{taken.Action}'.");
                }
                mapping[httpMethod.ToUpperInvariant()] = binding;
            }
        }

        return marked.Select(p => new ExtraActionDescriptor(
            ActionNames.FromMethodName(p.Method.Name), p.Method.Name, p.Attribute!, mappings[p.Method.Name])).ToList();
    }

    private static IViewSet ReadLookup(Type type)
    {
        // The lookup is declared as constant-returning properties; read them without running the constructor (it may need services).
        var instance = (IViewSet)RuntimeHelpers.GetUninitializedObject(type);
        if (string.IsNullOrEmpty(instance.LookupField) || string.IsNullOrEmpty(instance.LookupValueRegex))
        {
            throw new InvalidOperationException(
                $"{type.Name}.LookupField and LookupValueRegex must return constants: the router reads them at startup, before any constructor runs.");
        }
        return instance;
    }

    private static bool IsActionSignature(MethodInfo method) =>
        method.ReturnType == typeof(ValueTask<Response>) && method.GetParameters() is [{ ParameterType: var p }] && p == typeof(Request);

    private static void RequireActionSignature(MethodInfo method, string where, string attribute)
    {
        if (!IsActionSignature(method) || method.IsStatic || method.IsGenericMethodDefinition)
        {
            throw new InvalidOperationException($"{attribute} method {where} must be an instance method taking one Request and returning ValueTask<Response>.");
        }
    }

    // An action is implemented when the type overrides the base's placeholder (or declares a plain method of that name).
    private static bool IsImplemented(MethodInfo method) =>
        !method.IsVirtual || method.GetBaseDefinition().DeclaringType != method.DeclaringType;

    private static Func<ApiView, Request, ValueTask<Response>> Compile(MethodInfo method)
    {
        var view = Expression.Parameter(typeof(ApiView), "view");
        var request = Expression.Parameter(typeof(Request), "request");
        var call = Expression.Call(Expression.Convert(view, method.DeclaringType!), method, request);
        return Expression.Lambda<Func<ApiView, Request, ValueTask<Response>>>(call, view, request).Compile();
    }
}
