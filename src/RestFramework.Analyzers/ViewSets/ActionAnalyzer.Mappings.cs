// Provides the checks of [ActionMapping] methods: the action they name, and HTTP methods mapped once per route.
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;

namespace RestFramework.Analyzers.ViewSets;

public sealed partial class ActionAnalyzer
{
    private static void CheckMapping(SymbolAnalysisContext context, FrameworkTypes types, IMethodSymbol method, AttributeData attribute, string where)
    {
        CheckSignature(context, types, method, "[ActionMapping]", where);
        var type = method.ContainingType;
        if (type.IsAbstract || attribute.ConstructorArguments.Length == 0 || attribute.ConstructorArguments[0].Value is not string action)
        {
            return;
        }
        var syntax = attribute.ApplicationSyntaxReference?.GetSyntax(context.CancellationToken) as AttributeSyntax;
        for (var current = type; current is not null; current = current.BaseType)
        {
            foreach (var target in current.GetMembers(action).OfType<IMethodSymbol>())
            {
                if (target.GetAttributes().FirstOrDefault(a => SymbolEqualityComparer.Default.Equals(a.AttributeClass, types.ActionAttribute)) is { } declared)
                {
                    CheckMappedOnce(context, types, method, attribute, syntax, target, declared);
                    return;
                }
            }
        }
        var location = syntax?.ArgumentList?.Arguments.FirstOrDefault()?.GetLocation() ?? method.Locations[0];
        context.ReportDiagnostic(Diagnostic.Create(Rules.MappingWithoutAction, location, where, action, type.Name));
    }

    // The route's HTTP methods: the action's (GET by default), then each mapping's; the runtime refuses one mapped twice.
    private static void CheckMappedOnce(
        SymbolAnalysisContext context, FrameworkTypes types, IMethodSymbol method, AttributeData mapping, AttributeSyntax? syntax, IMethodSymbol action, AttributeData declared)
    {
        var taken = new Dictionary<string, string>(System.StringComparer.OrdinalIgnoreCase);
        var methods = declared.NamedArguments.FirstOrDefault(a => a.Key == "Methods").Value;
        foreach (var verb in methods.Kind == TypedConstantKind.Array ? methods.Values.Select(v => v.Value as string) : ["get"])
        {
            if (verb is not null)
            {
                taken[verb] = Naming.ActionName(action.Name);
            }
        }
        // Earlier mappings of the same action in this type, in source order, take their methods first.
        foreach (var other in method.ContainingType.GetMembers().OfType<IMethodSymbol>()
            .Where(m => !SymbolEqualityComparer.Default.Equals(m, method) && m.Locations.Length > 0 && m.Locations[0].SourceTree == method.Locations[0].SourceTree
                && m.Locations[0].SourceSpan.Start < method.Locations[0].SourceSpan.Start))
        {
            foreach (var otherMapping in other.GetAttributes().Where(a => SymbolEqualityComparer.Default.Equals(a.AttributeClass, types.ActionMappingAttribute)
                && a.ConstructorArguments.Length == 2 && Equals(a.ConstructorArguments[0].Value, action.Name)))
            {
                foreach (var verb in otherMapping.ConstructorArguments[1].Values.Select(v => v.Value as string))
                {
                    if (verb is not null && !taken.ContainsKey(verb))
                    {
                        taken[verb] = Naming.ActionName(other.Name);
                    }
                }
            }
        }
        if (mapping.ConstructorArguments.Length < 2 || mapping.ConstructorArguments[1].Kind != TypedConstantKind.Array)
        {
            return;
        }
        foreach (var verb in mapping.ConstructorArguments[1].Values.Select(v => v.Value as string))
        {
            if (verb is not null && taken.TryGetValue(verb, out var owner))
            {
                context.ReportDiagnostic(Diagnostic.Create(Rules.MethodMappedTwice, syntax?.GetLocation() ?? method.Locations[0], verb.ToLowerInvariant(), owner));
                return;
            }
        }
    }
}
