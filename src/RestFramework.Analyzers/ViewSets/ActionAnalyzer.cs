// Provides the checks the router makes on a viewset's [Action] and [ActionMapping] methods at start-up, made at compile time.
using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;

namespace RestFramework.Analyzers.ViewSets;

/// <summary>Reports extra actions that the router rejects at start-up (RF1001–RF1006).</summary>
[DiagnosticAnalyzer(Microsoft.CodeAnalysis.LanguageNames.CSharp)]
public sealed class ActionAnalyzer : DiagnosticAnalyzer
{
    private static readonly ImmutableHashSet<string> StandardActions =
        ImmutableHashSet.Create("list", "create", "retrieve", "update", "partial_update", "destroy");

    /// <inheritdoc />
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(
        Rules.ActionOnStandardAction, Rules.ActionWithoutDetail, Rules.ActionWithNameAndSuffix, Rules.ActionSignature, Rules.MappingWithoutAction, Rules.MethodMappedTwice);

    /// <inheritdoc />
    public override void Initialize(AnalysisContext context)
    {
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.EnableConcurrentExecution();
        context.RegisterCompilationStartAction(start =>
        {
            if (FrameworkTypes.For(start.Compilation) is { ActionAttribute: not null, ActionMappingAttribute: not null } types)
            {
                start.RegisterSymbolAction(c => Analyze(c, types), SymbolKind.Method);
            }
        });
    }

    private static void Analyze(SymbolAnalysisContext context, FrameworkTypes types)
    {
        var method = (IMethodSymbol)context.Symbol;
        var type = method.ContainingType;
        if (method.MethodKind != MethodKind.Ordinary || !FrameworkTypes.DerivesFrom(type, types.ViewSet))
        {
            return;
        }
        var where = $"{type.Name}.{method.Name}";
        foreach (var attribute in method.GetAttributes())
        {
            if (SymbolEqualityComparer.Default.Equals(attribute.AttributeClass, types.ActionAttribute))
            {
                CheckAction(context, types, method, attribute, where);
            }
            else if (SymbolEqualityComparer.Default.Equals(attribute.AttributeClass, types.ActionMappingAttribute))
            {
                CheckMapping(context, types, method, attribute, where);
            }
        }
    }

    private static void CheckAction(SymbolAnalysisContext context, FrameworkTypes types, IMethodSymbol method, AttributeData attribute, string where)
    {
        var attributeLocation = Location(attribute, context) ?? method.Locations[0];
        var action = Naming.ActionName(method.Name);
        if (StandardActions.Contains(action))
        {
            context.ReportDiagnostic(Diagnostic.Create(Rules.ActionOnStandardAction, method.Locations[0], where, action));
        }
        if (!attribute.NamedArguments.Any(a => a.Key == "Detail"))
        {
            context.ReportDiagnostic(Diagnostic.Create(Rules.ActionWithoutDetail, attributeLocation, where));
        }
        if (attribute.NamedArguments.Any(a => a.Key == "Name" && a.Value.Value is not null)
            && attribute.NamedArguments.Any(a => a.Key == "Suffix" && a.Value.Value is not null))
        {
            context.ReportDiagnostic(Diagnostic.Create(Rules.ActionWithNameAndSuffix, attributeLocation, where));
        }
        CheckSignature(context, types, method, "[Action]", where);
    }

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

    private static void CheckSignature(SymbolAnalysisContext context, FrameworkTypes types, IMethodSymbol method, string attribute, string where)
    {
        if (types.Request is null || types.Response is null || types.ValueTask is null)
        {
            return;
        }
        var returnsResponse = method.ReturnType is INamedTypeSymbol { IsGenericType: true } returned
            && SymbolEqualityComparer.Default.Equals(returned.OriginalDefinition, types.ValueTask)
            && SymbolEqualityComparer.Default.Equals(returned.TypeArguments[0], types.Response);
        var takesRequest = method.Parameters.Length == 1 && method.Parameters[0].RefKind == RefKind.None
            && SymbolEqualityComparer.Default.Equals(method.Parameters[0].Type, types.Request);
        if (!returnsResponse || !takesRequest || method.IsStatic || method.IsGenericMethod)
        {
            context.ReportDiagnostic(Diagnostic.Create(Rules.ActionSignature, method.Locations[0], attribute, where));
        }
    }

    private static Location? Location(AttributeData attribute, SymbolAnalysisContext context) =>
        attribute.ApplicationSyntaxReference?.GetSyntax(context.CancellationToken).GetLocation();
}
