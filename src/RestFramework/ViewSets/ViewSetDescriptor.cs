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
internal sealed partial class ViewSetDescriptor
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
