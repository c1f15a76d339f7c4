// Provides the discovery of extra actions: [Action] methods, their [ActionMapping] methods, and DRF's checks on them.
using System.Reflection;

namespace RestFramework.ViewSets;

internal sealed partial class ViewSetDescriptor
{
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
}
