// Provides one route of a viewset: its method-to-action map and the settings a router passes to the view (DRF's initkwargs).
using System.Collections.Frozen;
using Microsoft.AspNetCore.Http;

namespace RestFramework.ViewSets;

/// <summary>A viewset bound to one route: which action each method runs, and the route's name, suffix, detail flag and policy overrides.</summary>
internal sealed class ViewSetRoute
{
    private static readonly string[] MethodOrder = ["GET", "POST", "PUT", "PATCH", "DELETE", "HEAD", "OPTIONS", "TRACE"];

    private readonly FrozenDictionary<string, ActionBinding> _bindings;

    public ViewSetRoute(
        ViewSetDescriptor descriptor, string basename, bool detail, IReadOnlyDictionary<string, ActionBinding> mapping,
        string? suffix = null, string? name = null, string? description = null, ActionAttribute? overrides = null)
    {
        Descriptor = descriptor;
        Basename = basename;
        Detail = detail;
        Suffix = suffix;
        Name = name;
        Description = description;
        Overrides = overrides;
        var bindings = new Dictionary<string, ActionBinding>(mapping, StringComparer.OrdinalIgnoreCase);
        // Django's View.setup aliases HEAD to GET; DRF's as_view maps head to the get action when head is not mapped.
        if (bindings.TryGetValue(HttpMethods.Get, out var get))
        {
            bindings.TryAdd(HttpMethods.Head, get);
        }
        _bindings = bindings.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);
        AllowedMethods = MethodOrder.Where(m => m == HttpMethods.Options || bindings.ContainsKey(m)).ToArray();
        AllowHeader = string.Join(", ", AllowedMethods);
    }

    public ViewSetDescriptor Descriptor { get; }

    public string Basename { get; }

    public bool Detail { get; }

    public string? Suffix { get; }

    public string? Name { get; }

    public string? Description { get; }

    /// <summary>The extra action's policy overrides, or null on standard routes.</summary>
    public ActionAttribute? Overrides { get; }

    /// <summary>The methods the route answers, in DRF's order (GET, POST, PUT, PATCH, DELETE, HEAD, OPTIONS).</summary>
    public IReadOnlyList<string> AllowedMethods { get; }

    /// <summary>The <c>Allow</c> header: <see cref="AllowedMethods"/> joined with commas.</summary>
    public string AllowHeader { get; }

    /// <summary>The action bound to <paramref name="method"/>, or null.</summary>
    public ActionBinding? Find(string method) => _bindings.GetValueOrDefault(method);

    /// <summary>The action name of a request: the bound action, <c>metadata</c> for OPTIONS, else null.</summary>
    public string? ActionFor(string method) =>
        HttpMethods.IsOptions(method) ? ActionNames.Metadata : Find(method)?.Action;
}
