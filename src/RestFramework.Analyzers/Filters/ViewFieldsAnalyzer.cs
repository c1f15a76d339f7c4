// Provides the check of the field paths a generic view or a filter set declares.
using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;

namespace RestFramework.Analyzers.Filters;

/// <summary>
/// Reports constant field paths that name no property of the entity (RF1020), search fields that are not strings (RF1021), ordering
/// across a collection (RF1022) and filter lookups the backend rejects (RF1023, RF1024): in a <c>GenericApiView&lt;T&gt;</c>'s
/// SearchFields, OrderingFields, Ordering, FilterFields and LookupField, and in a <c>FilterSet&lt;T&gt;</c>'s AddFilter and AddFields.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class ViewFieldsAnalyzer : DiagnosticAnalyzer
{
    /// <inheritdoc />
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(
        Rules.UnknownFieldPath, Rules.SearchFieldNotString, Rules.OrderingCrossesCollection, Rules.UnsupportedLookup, Rules.TextLookupOnNonString);

    /// <inheritdoc />
    public override void Initialize(AnalysisContext context)
    {
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.EnableConcurrentExecution();
        context.RegisterCompilationStartAction(start =>
        {
            if (FrameworkTypes.For(start.Compilation) is { GenericApiView: not null } types)
            {
                start.RegisterSyntaxNodeAction(c => AnalyzeProperty(c, types), SyntaxKind.PropertyDeclaration);
                if (start.Compilation.GetTypeByMetadataName("RestFramework.Filters.FilterSet`1") is { } filterSet)
                {
                    start.RegisterOperationAction(c => AnalyzeFilterSet(c, types, filterSet), OperationKind.Invocation);
                }
            }
        });
    }

    private static void AnalyzeProperty(SyntaxNodeAnalysisContext context, FrameworkTypes types)
    {
        var declaration = (PropertyDeclarationSyntax)context.Node;
        if (!declaration.Modifiers.Any(SyntaxKind.OverrideKeyword)
            || context.SemanticModel.GetDeclaredSymbol(declaration, context.CancellationToken) is not { IsOverride: true } property
            || types.EntityOfView(property.ContainingType) is not { } entity
            || Literals.Returned(declaration) is not { } declared)
        {
            return;
        }
        var returned = Literals.Follow(declared, context.SemanticModel, context.CancellationToken);
        var report = (System.Action<Diagnostic>)context.ReportDiagnostic;
        switch (property.Name)
        {
            case "SearchFields":
                ForEach(context, returned, (field, node) => PathChecks.Search(report, types, entity, field, node));
                break;
            case "OrderingFields":
                // ["__all__"] alone allows every scalar property; anywhere else it is a path, and fails as one.
                var alone = Literals.Elements(returned) is { Count: 1 };
                var spread = returned is CollectionExpressionSyntax collection && collection.Elements.Any(e => e is SpreadElementSyntax);
                ForEach(context, returned, (path, node) =>
                {
                    if (path != "__all__" || (!alone && !spread))
                    {
                        PathChecks.Path(report, types, entity, path, node, ordered: true);
                    }
                });
                break;
            case "Ordering":
                ForEach(context, returned, (term, node) =>
                    PathChecks.Path(report, types, entity, term.StartsWith("-", System.StringComparison.Ordinal) ? term.Substring(1) : term, node, ordered: true));
                break;
            case "FilterFields":
                PathChecks.FilterFields(report, types, entity, returned, context.SemanticModel, context.CancellationToken);
                break;
            case "LookupField":
                if (Literals.Constant(returned, context.SemanticModel, context.CancellationToken) is { } lookup)
                {
                    PathChecks.Path(report, types, entity, lookup, returned, ordered: false);
                }
                break;
        }
    }

    // AddFilter("name", "field", "lookup") and AddFields(new FilterFields { ... }) inside a FilterSet<T> with a known T.
    private static void AnalyzeFilterSet(OperationAnalysisContext context, FrameworkTypes types, INamedTypeSymbol filterSet)
    {
        var invocation = (IInvocationOperation)context.Operation;
        var method = invocation.TargetMethod;
        if (method.Name is not ("AddFilter" or "AddFields")
            || !SymbolEqualityComparer.Default.Equals(method.ContainingType.OriginalDefinition, filterSet)
            || method.ContainingType.TypeArguments[0] is not INamedTypeSymbol { TypeKind: not TypeKind.Error } entity)
        {
            return;
        }
        var report = (System.Action<Diagnostic>)context.ReportDiagnostic;
        if (method.Name == "AddFields")
        {
            if (invocation.Arguments.FirstOrDefault()?.Value is { } fields && Unwrap(fields).Syntax is ExpressionSyntax creation)
            {
                PathChecks.FilterFields(report, types, entity, creation, invocation.SemanticModel!, context.CancellationToken);
            }
            return;
        }
        var name = Argument(invocation, "name");
        var field = Argument(invocation, "field");
        var lookup = Argument(invocation, "lookup");
        if (field?.Value.ConstantValue is not { HasValue: true, Value: string path })
        {
            return;
        }
        var resolved = PathChecks.Path(report, types, entity, path, field.Value.Syntax, ordered: false);
        if (name?.Value.ConstantValue is { HasValue: true, Value: string filter } && lookup?.Value.ConstantValue is { HasValue: true, Value: string kind })
        {
            PathChecks.Lookup(report, entity, filter, path, resolved, kind, lookup.IsImplicit ? invocation.Syntax : lookup.Value.Syntax);
        }
    }

    private static IArgumentOperation? Argument(IInvocationOperation invocation, string parameter) =>
        invocation.Arguments.FirstOrDefault(a => a.Parameter?.Name == parameter);

    private static IOperation Unwrap(IOperation operation) => operation is IConversionOperation conversion ? Unwrap(conversion.Operand) : operation;

    private static void ForEach(SyntaxNodeAnalysisContext context, ExpressionSyntax returned, System.Action<string, ExpressionSyntax> check)
    {
        foreach (var element in Literals.Elements(returned) ?? [])
        {
            if (Literals.Constant(element, context.SemanticModel, context.CancellationToken) is { } value)
            {
                check(value, element);
            }
        }
    }
}
