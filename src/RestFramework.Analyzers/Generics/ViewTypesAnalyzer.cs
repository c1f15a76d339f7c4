// Provides the check of the classes a view names by typeof: its serializer class and its policy classes.
using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;

namespace RestFramework.Analyzers.Generics;

/// <summary>
/// Reports a <c>SerializerType</c> that is not a concrete serializer with a public parameterless constructor (RF1030), and a policy
/// class that does not implement its interface (RF1031), in view property overrides and in <c>[Action]</c>.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class ViewTypesAnalyzer : DiagnosticAnalyzer
{
    // The policy properties of ApiView, GenericApiView and [Action], with the interface each class must implement.
    private static readonly ImmutableDictionary<string, string> Policies = new Dictionary<string, string>
    {
        ["RendererTypes"] = "RestFramework.Renderers.IRenderer",
        ["ParserTypes"] = "RestFramework.Parsers.IParser",
        ["AuthenticationTypes"] = "RestFramework.Authentication.IAuthentication",
        ["PermissionTypes"] = "RestFramework.Permissions.IPermission",
        ["ThrottleTypes"] = "RestFramework.Throttling.IThrottle",
        ["ContentNegotiationType"] = "RestFramework.Negotiation.IContentNegotiation",
        ["VersioningType"] = "RestFramework.Versioning.IVersioningScheme",
        ["MetadataType"] = "RestFramework.Metadata.IMetadata",
        ["FilterBackendTypes"] = "RestFramework.Filters.IFilterBackend",
        ["PaginatorType"] = "RestFramework.Pagination.IPaginator",
    }.ToImmutableDictionary();

    /// <inheritdoc />
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(Rules.InvalidSerializerType, Rules.InvalidPolicyType);

    /// <inheritdoc />
    public override void Initialize(AnalysisContext context)
    {
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.EnableConcurrentExecution();
        context.RegisterCompilationStartAction(start =>
        {
            if (FrameworkTypes.For(start.Compilation) is { Serializer: not null } types)
            {
                start.RegisterSyntaxNodeAction(c => AnalyzeProperty(c, types), SyntaxKind.PropertyDeclaration);
                start.RegisterSyntaxNodeAction(c => AnalyzeAttribute(c, types), SyntaxKind.Attribute);
            }
        });
    }

    private static void AnalyzeProperty(SyntaxNodeAnalysisContext context, FrameworkTypes types)
    {
        var declaration = (PropertyDeclarationSyntax)context.Node;
        if (!declaration.Modifiers.Any(SyntaxKind.OverrideKeyword)
            || context.SemanticModel.GetDeclaredSymbol(declaration, context.CancellationToken) is not { IsOverride: true } property
            || !FrameworkTypes.DerivesFrom(property.ContainingType, types.ApiView)
            || Literals.Returned(declaration) is not { } returned)
        {
            return;
        }
        var typeofs = Literals.Elements(returned) ?? [returned];
        Check(context, types, property.Name, typeofs);
    }

    private static void AnalyzeAttribute(SyntaxNodeAnalysisContext context, FrameworkTypes types)
    {
        var attribute = (AttributeSyntax)context.Node;
        if (attribute.ArgumentList is null
            || !SymbolEqualityComparer.Default.Equals(context.SemanticModel.GetTypeInfo(attribute, context.CancellationToken).Type, types.ActionAttribute))
        {
            return;
        }
        // An action's serializer class serves only generic views; a plain viewset never builds it.
        var owner = context.ContainingSymbol as INamedTypeSymbol ?? context.ContainingSymbol?.ContainingType;
        var generic = FrameworkTypes.DerivesFrom(owner, types.GenericApiView);
        foreach (var argument in attribute.ArgumentList.Arguments)
        {
            if (argument.NameEquals is { } name && (generic || name.Name.Identifier.ValueText != "SerializerType"))
            {
                Check(context, types, name.Name.Identifier.ValueText, Literals.Elements(argument.Expression) ?? [argument.Expression]);
            }
        }
    }

    private static void Check(SyntaxNodeAnalysisContext context, FrameworkTypes types, string property, IEnumerable<ExpressionSyntax> typeofs)
    {
        var contract = Policies.TryGetValue(property, out var contractName) ? types.Compilation.GetTypeByMetadataName(contractName) : null;
        if (property != "SerializerType" && contract is null)
        {
            return;
        }
        foreach (var expression in typeofs.OfType<TypeOfExpressionSyntax>())
        {
            if (context.SemanticModel.GetTypeInfo(expression.Type, context.CancellationToken).Type is not INamedTypeSymbol { TypeKind: TypeKind.Class or TypeKind.Struct or TypeKind.Interface } type)
            {
                continue;
            }
            if (contract is null)
            {
                var concrete = FrameworkTypes.DerivesFrom(type, types.Serializer) && !type.IsAbstract && !type.IsUnboundGenericType
                    && type.InstanceConstructors.Any(c => c.Parameters.Length == 0 && c.DeclaredAccessibility == Accessibility.Public);
                if (!concrete)
                {
                    context.ReportDiagnostic(Diagnostic.Create(Rules.InvalidSerializerType, expression.GetLocation(), type.Name));
                }
            }
            else if (!type.IsUnboundGenericType && !FrameworkTypes.Implements(type, contract))
            {
                context.ReportDiagnostic(Diagnostic.Create(Rules.InvalidPolicyType, expression.GetLocation(), type.Name, contract.Name));
            }
        }
    }
}
