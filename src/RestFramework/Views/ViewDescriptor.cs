// Provides what is known of a view type once, at first use: the methods it answers.
using System.Collections.Concurrent;
using System.Reflection;

namespace RestFramework.Views;

/// <summary>The allowed methods of a view type, found once from its overridden handlers.</summary>
internal sealed class ViewDescriptor
{
    private static readonly ConcurrentDictionary<Type, ViewDescriptor> Cache = new();

    private static readonly (string Method, string Handler)[] Handlers =
    [
        ("GET", "GetAsync"), ("POST", "PostAsync"), ("PUT", "PutAsync"), ("PATCH", "PatchAsync"), ("DELETE", "DeleteAsync"),
    ];

    private ViewDescriptor(IReadOnlyList<string> allowedMethods)
    {
        AllowedMethods = allowedMethods;
        AllowHeader = string.Join(", ", allowedMethods);
    }

    public IReadOnlyList<string> AllowedMethods { get; }

    public string AllowHeader { get; }

    public static ViewDescriptor For(Type viewType) => Cache.GetOrAdd(viewType, Build);

    private static ViewDescriptor Build(Type viewType)
    {
        var methods = Handlers.Where(h => Overrides(viewType, h.Handler)).Select(h => h.Method).ToList();
        if (methods.Contains("GET") || Overrides(viewType, "HeadAsync"))
        {
            methods.Add("HEAD");
        }
        methods.Add("OPTIONS");
        return new ViewDescriptor(methods);
    }

    private static bool Overrides(Type viewType, string name)
    {
        var method = viewType.GetMethod(name, BindingFlags.Instance | BindingFlags.NonPublic | BindingFlags.Public);
        return method is not null && method.DeclaringType != typeof(ApiView);
    }
}
