// Provides the check of the field names a ModelSerializer's Meta declares against its entity type.
using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;

namespace RestFramework.Analyzers.Serializers;

/// <summary>
/// Reports names in <c>Meta(ModelMeta meta)</c> that match neither a property of the entity (in snake_case) nor a declared field
/// (RF1010, RF1011), declared fields left out of an explicit <c>Fields</c> list (RF1012), and a Meta that selects no fields (RF1013).
/// </summary>
/// <remarks>
/// Only a self-contained Meta is read: straight-line calls on <c>meta</c> with constant names. A Meta that passes <c>meta</c> on
/// (<c>base.Meta(meta)</c>), branches, or names fields with non-constant values is skipped, as are abstract and hyperlinked serializers.
/// </remarks>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class ModelMetaAnalyzer : DiagnosticAnalyzer
{
    /// <inheritdoc />
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } =
        ImmutableArray.Create(Rules.UnknownModelField, Rules.IgnoredModelField, Rules.DeclaredFieldNotInFields, Rules.MetaWithoutFields);

    /// <inheritdoc />
    public override void Initialize(AnalysisContext context)
    {
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.EnableConcurrentExecution();
        context.RegisterCompilationStartAction(start =>
        {
            if (FrameworkTypes.For(start.Compilation) is { ModelSerializer: not null, ModelMeta: not null } types)
            {
                start.RegisterSyntaxNodeAction(c => Analyze(c, types), SyntaxKind.MethodDeclaration);
            }
        });
    }

    private static void Analyze(SyntaxNodeAnalysisContext context, FrameworkTypes types)
    {
        var declaration = (MethodDeclarationSyntax)context.Node;
        if (declaration.Identifier.ValueText != "Meta" || !declaration.Modifiers.Any(SyntaxKind.OverrideKeyword)
            || declaration.ParameterList.Parameters.Count != 1
            || context.SemanticModel.GetDeclaredSymbol(declaration, context.CancellationToken) is not { IsOverride: true } method
            || method.ContainingType.IsAbstract
            || FrameworkTypes.FindBase(method.ContainingType, types.HyperlinkedModelSerializer) is not null
            || FrameworkTypes.FindBase(method.ContainingType, types.ModelSerializer)?.TypeArguments[0] is not INamedTypeSymbol { TypeKind: not TypeKind.Error } entity
            || !IsStraightLine(declaration)
            || MetaCalls.Read(declaration, method.Parameters[0], types.ModelMeta!, context.SemanticModel, context.CancellationToken) is not { } calls)
        {
            return;
        }
        var serializer = method.ContainingType.Name;
        if (calls.FieldsCallCount == 0 && !calls.HasAllFieldsOrExclude)
        {
            context.ReportDiagnostic(Diagnostic.Create(Rules.MetaWithoutFields, declaration.Identifier.GetLocation(), serializer));
        }
        var known = new HashSet<string>(ModelNames(entity), System.StringComparer.Ordinal);
        known.UnionWith(calls.Declared.Select(d => d.Name));
        if (calls.AllDeclaredConstant)
        {
            foreach (var (name, node) in calls.Fields)
            {
                if (!known.Contains(name))
                {
                    context.ReportDiagnostic(Diagnostic.Create(Rules.UnknownModelField, node.GetLocation(), name, entity.Name, serializer));
                }
            }
            foreach (var (option, name, node) in calls.Options)
            {
                if (!known.Contains(name))
                {
                    context.ReportDiagnostic(Diagnostic.Create(Rules.IgnoredModelField, node.GetLocation(), name, serializer, option, entity.Name));
                }
            }
        }
        if (calls.FieldsCallCount == 1 && calls.AllFieldsConstant && calls.AllDeclaredConstant)
        {
            var listed = new HashSet<string>(calls.Fields.Select(f => f.Name), System.StringComparer.Ordinal);
            foreach (var (name, node) in calls.Declared.Where(d => !listed.Contains(d.Name)))
            {
                context.ReportDiagnostic(Diagnostic.Create(Rules.DeclaredFieldNotInFields, node.GetLocation(), name, serializer));
            }
        }
    }

    // An expression body, or a block of expression statements: every call runs, in order.
    private static bool IsStraightLine(MethodDeclarationSyntax declaration) =>
        declaration.ExpressionBody is not null || declaration.Body?.Statements.All(s => s is ExpressionStatementSyntax) == true;

    // The snake_case names of the entity's members (its bases' included): properties, navigations and the key.
    private static IEnumerable<string> ModelNames(INamedTypeSymbol entity)
    {
        for (var current = entity; current is not null; current = current.BaseType)
        {
            foreach (var member in current.GetMembers())
            {
                if (member is IPropertySymbol { IsStatic: false } or IFieldSymbol { IsStatic: false, IsImplicitlyDeclared: false })
                {
                    yield return Naming.SnakeCase(member.Name);
                }
            }
        }
    }
}
