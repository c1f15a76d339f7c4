// Provides the reading of constant strings from the expressions that declare framework settings.
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace RestFramework.Analyzers;

/// <summary>Reads constant strings from a property's returned expression; anything not constant is skipped, never guessed.</summary>
internal static class Literals
{
    /// <summary>The expression a property returns: its expression body, or the getter's expression body or single return.</summary>
    public static ExpressionSyntax? Returned(PropertyDeclarationSyntax property)
    {
        if (property.ExpressionBody is { } arrow)
        {
            return arrow.Expression;
        }
        var getter = property.AccessorList?.Accessors.FirstOrDefault(a => a.Keyword.ValueText == "get");
        if (getter?.ExpressionBody is { } getterArrow)
        {
            return getterArrow.Expression;
        }
        return getter?.Body?.Statements is { Count: 1 } statements && statements[0] is ReturnStatementSyntax { Expression: { } returned } ? returned : null;
    }

    /// <summary>
    /// <paramref name="expression"/>, or the initializer of the <c>static readonly</c> field it reads when that field is declared in the same file
    /// (<c>FilterFields =&gt; Filters</c> with <c>static readonly FilterFields Filters = new() { ... }</c>).
    /// </summary>
    public static ExpressionSyntax Follow(ExpressionSyntax expression, SemanticModel model, System.Threading.CancellationToken cancellationToken)
    {
        if (expression is IdentifierNameSyntax or MemberAccessExpressionSyntax
            && model.GetSymbolInfo(expression, cancellationToken).Symbol is IFieldSymbol { IsStatic: true, IsReadOnly: true, DeclaringSyntaxReferences: { Length: 1 } references }
            && references[0].SyntaxTree == expression.SyntaxTree
            && references[0].GetSyntax(cancellationToken) is VariableDeclaratorSyntax { Initializer.Value: { } initializer })
        {
            return initializer;
        }
        return expression;
    }

    /// <summary>The elements of a collection expression, array or collection initializer; null when the expression is none of these.</summary>
    public static IReadOnlyList<ExpressionSyntax>? Elements(ExpressionSyntax expression)
    {
        switch (expression)
        {
            case CollectionExpressionSyntax collection:
                // A spread element (..other) makes the list partly unknown: its expression elements are still certain.
                return collection.Elements.OfType<ExpressionElementSyntax>().Select(e => e.Expression).ToList();
            case ArrayCreationExpressionSyntax { Initializer: { } initializer }:
                return initializer.Expressions;
            case ImplicitArrayCreationExpressionSyntax { Initializer: { } initializer }:
                return initializer.Expressions;
            case BaseObjectCreationExpressionSyntax { Initializer: { } initializer } when initializer.IsKind(Microsoft.CodeAnalysis.CSharp.SyntaxKind.CollectionInitializerExpression):
                return initializer.Expressions;
            default:
                return null;
        }
    }

    /// <summary>The constant string value of <paramref name="expression"/>, or null.</summary>
    public static string? Constant(ExpressionSyntax expression, SemanticModel model, System.Threading.CancellationToken cancellationToken) =>
        model.GetConstantValue(expression, cancellationToken) is { HasValue: true, Value: string value } ? value : null;
}
