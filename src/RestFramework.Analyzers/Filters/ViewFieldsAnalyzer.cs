// Provides the check of the field paths a generic view declares (SearchFields, OrderingFields, Ordering, FilterFields, LookupField).
using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;

namespace RestFramework.Analyzers.Filters;

/// <summary>Reports constant field paths of a <c>GenericApiView&lt;T&gt;</c> that name no property of <c>T</c> (RF1020–RF1022).</summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class ViewFieldsAnalyzer : DiagnosticAnalyzer
{
    /// <inheritdoc />
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } =
        ImmutableArray.Create(Rules.UnknownFieldPath, Rules.SearchFieldNotString, Rules.OrderingCrossesCollection);

    /// <inheritdoc />
    public override void Initialize(AnalysisContext context)
    {
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.EnableConcurrentExecution();
        context.RegisterCompilationStartAction(start =>
        {
            if (FrameworkTypes.For(start.Compilation) is { GenericApiView: not null } types)
            {
                start.RegisterSyntaxNodeAction(c => Analyze(c, types), SyntaxKind.PropertyDeclaration);
            }
        });
    }

    private static void Analyze(SyntaxNodeAnalysisContext context, FrameworkTypes types)
    {
        var declaration = (PropertyDeclarationSyntax)context.Node;
        if (!declaration.Modifiers.Any(SyntaxKind.OverrideKeyword)
            || context.SemanticModel.GetDeclaredSymbol(declaration, context.CancellationToken) is not { IsOverride: true } property
            || types.EntityOfView(property.ContainingType) is not { } entity
            || Literals.Returned(declaration) is not { } returned)
        {
            return;
        }
        switch (property.Name)
        {
            case "SearchFields":
                ForEach(context, returned, (path, node) => CheckSearch(context, types, entity, path, node));
                break;
            case "OrderingFields":
                var all = returned is CollectionExpressionSyntax { Elements.Count: 1 } || Literals.Elements(returned) is { Count: 1 };
                var spread = returned is CollectionExpressionSyntax collection && collection.Elements.Any(e => e is SpreadElementSyntax);
                ForEach(context, returned, (path, node) =>
                {
                    if (path != "__all__" || (!all && !spread))
                    {
                        CheckPath(context, types, entity, path, node, ordered: true);
                    }
                });
                break;
            case "Ordering":
                ForEach(context, returned, (term, node) => CheckPath(context, types, entity, term.StartsWith("-", System.StringComparison.Ordinal) ? term.Substring(1) : term, node, ordered: true));
                break;
            case "FilterFields":
                foreach (var element in Literals.Elements(returned) ?? [])
                {
                    var field = element is InitializerExpressionSyntax complex ? complex.Expressions.FirstOrDefault() : element;
                    if (field is not null && Literals.Constant(field, context.SemanticModel, context.CancellationToken) is { } path)
                    {
                        CheckPath(context, types, entity, path, field, ordered: false);
                    }
                }
                break;
            case "LookupField":
                if (Literals.Constant(returned, context.SemanticModel, context.CancellationToken) is { } lookup)
                {
                    CheckPath(context, types, entity, lookup, returned, ordered: false);
                }
                break;
        }
    }

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

    private static void CheckSearch(SyntaxNodeAnalysisContext context, FrameworkTypes types, INamedTypeSymbol entity, string field, ExpressionSyntax node)
    {
        var path = field.Length > 0 && field[0] is '^' or '=' or '@' or '$' ? field.Substring(1) : field;
        var result = FieldPathResolver.Resolve(entity, path, types.KeyAttribute);
        if (result.Outcome == FieldPathOutcome.Missing)
        {
            context.ReportDiagnostic(Diagnostic.Create(Rules.UnknownFieldPath, node.GetLocation(), path, entity.Name));
        }
        else if (result is { Outcome: FieldPathOutcome.Found, LeafType: { } leaf } && leaf.SpecialType != SpecialType.System_String && leaf.TypeKind != TypeKind.Error)
        {
            context.ReportDiagnostic(Diagnostic.Create(Rules.SearchFieldNotString, node.GetLocation(), path, entity.Name, leaf.MetadataName));
        }
    }

    private static void CheckPath(SyntaxNodeAnalysisContext context, FrameworkTypes types, INamedTypeSymbol entity, string path, ExpressionSyntax node, bool ordered)
    {
        var result = FieldPathResolver.Resolve(entity, path, types.KeyAttribute);
        if (result.Outcome == FieldPathOutcome.Missing)
        {
            context.ReportDiagnostic(Diagnostic.Create(Rules.UnknownFieldPath, node.GetLocation(), path, entity.Name));
        }
        else if (ordered && result is { Outcome: FieldPathOutcome.Found, CrossesCollection: true })
        {
            context.ReportDiagnostic(Diagnostic.Create(Rules.OrderingCrossesCollection, node.GetLocation(), entity.Name, path));
        }
    }
}
