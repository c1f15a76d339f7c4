// Provides what a mapped function view is, fixed at startup: its handler, methods, name and policies.
using RestFramework.Requests;
using RestFramework.Responses;
using RestFramework.Views;

namespace RestFramework.Decorators;

/// <summary>A function view's handler with its allowed methods (in DRF's order, OPTIONS always) and options.</summary>
internal sealed class FunctionViewDefinition
{
    private static readonly string[] MethodOrder = ["GET", "POST", "PUT", "PATCH", "DELETE", "HEAD", "OPTIONS", "TRACE"];

    public FunctionViewDefinition(string pattern, IEnumerable<string> methods, Func<Request, ValueTask<Response>> handler, string handlerName, FunctionViewOptions options)
    {
        Handler = handler;
        Options = options;
        Methods = methods.Select(m => m.ToUpperInvariant()).Distinct().ToHashSet(StringComparer.OrdinalIgnoreCase);
        AllowedMethods = Methods.Append("OPTIONS").Distinct()
            .OrderBy(m => Array.IndexOf(MethodOrder, m) is var i and >= 0 ? i : MethodOrder.Length).ToArray();
        AllowHeader = string.Join(", ", AllowedMethods);
        Name = options.Name ?? DefaultName(pattern, handlerName);
    }

    public Func<Request, ValueTask<Response>> Handler { get; }

    public FunctionViewOptions Options { get; }

    /// <summary>The methods the handler answers.</summary>
    public IReadOnlySet<string> Methods { get; }

    public IReadOnlyList<string> AllowedMethods { get; }

    public string AllowHeader { get; }

    public string Name { get; }

    // A method or local function gives its name (DRF uses the function's name); a lambda the last literal segment of the route.
    private static string DefaultName(string pattern, string handlerName)
    {
        var name = handlerName;
        if (name.Contains('<', StringComparison.Ordinal))
        {
            var local = name.IndexOf(">g__", StringComparison.Ordinal);
            var end = name.IndexOf('|', StringComparison.Ordinal);
            name = local >= 0 && end > local
                ? name[(local + 4)..end]
                : pattern.Split('/', StringSplitOptions.RemoveEmptyEntries).LastOrDefault(s => !s.Contains('{', StringComparison.Ordinal)) ?? "Api";
        }
        return ViewNames.FromTypeName(name);
    }
}
