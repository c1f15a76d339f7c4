// Provides the checks the router makes on a viewset's [Action] and [ActionMapping] methods at start-up, made at compile time.
using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace RestFramework.Analyzers.ViewSets;

/// <summary>Reports extra actions that the router rejects at start-up (RF1001–RF1006).</summary>
[DiagnosticAnalyzer(Microsoft.CodeAnalysis.LanguageNames.CSharp)]
public sealed partial class ActionAnalyzer : DiagnosticAnalyzer
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
