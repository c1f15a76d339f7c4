// Provides the reading of the calls a ModelSerializer's Meta makes on its ModelMeta, with their constant names.
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace RestFramework.Analyzers.Serializers;

/// <summary>The names a Meta passes to <c>Fields</c>, <c>Declare</c>, <c>Exclude</c>, <c>ReadOnlyFields</c> and <c>ExtraKwargs</c>.</summary>
internal sealed class MetaCalls
{
    public List<(string Name, ExpressionSyntax Node)> Fields { get; } = [];

    public List<(string Name, ExpressionSyntax Node)> Declared { get; } = [];

    /// <summary>Names given to options that ignore unknown names: (DRF's option name, the name, its node).</summary>
    public List<(string Option, string Name, ExpressionSyntax Node)> Options { get; } = [];

    public int FieldsCallCount { get; private set; }

    /// <summary>Whether the Meta calls <c>AllFields</c> or <c>Exclude</c>.</summary>
    public bool HasAllFieldsOrExclude { get; private set; }

    public bool AllFieldsConstant { get; private set; } = true;

    public bool AllDeclaredConstant { get; private set; } = true;

    /// <summary>The calls on <paramref name="meta"/> in <paramref name="declaration"/>, or null when <paramref name="meta"/> is used otherwise.</summary>
    public static MetaCalls? Read(
        MethodDeclarationSyntax declaration, IParameterSymbol meta, INamedTypeSymbol modelMeta, SemanticModel model, System.Threading.CancellationToken cancellationToken)
    {
        var body = (SyntaxNode?)declaration.ExpressionBody ?? declaration.Body;
        if (body is null)
        {
            return null;
        }
        // The parameter may only be the receiver of ModelMeta calls; passed on or aliased, the Meta is not self-contained.
        foreach (var identifier in body.DescendantNodes().OfType<IdentifierNameSyntax>().Where(i => i.Identifier.ValueText == meta.Name))
        {
            if (SymbolEqualityComparer.Default.Equals(model.GetSymbolInfo(identifier, cancellationToken).Symbol, meta)
                && identifier.Parent is not MemberAccessExpressionSyntax { Parent: InvocationExpressionSyntax })
            {
                return null;
            }
        }
        var calls = new MetaCalls();
        foreach (var invocation in body.DescendantNodes().OfType<InvocationExpressionSyntax>())
        {
            if (model.GetSymbolInfo(invocation, cancellationToken).Symbol is IMethodSymbol target
                && SymbolEqualityComparer.Default.Equals(target.ContainingType, modelMeta))
            {
                calls.Add(target.Name, invocation.ArgumentList.Arguments, model, cancellationToken);
            }
        }
        return calls;
    }

    private void Add(string method, SeparatedSyntaxList<ArgumentSyntax> arguments, SemanticModel model, System.Threading.CancellationToken cancellationToken)
    {
        switch (method)
        {
            case "Fields":
                FieldsCallCount++;
                AllFieldsConstant &= Collect(arguments, model, cancellationToken, (name, node) => Fields.Add((name, node)));
                break;
            case "Declare":
                AllDeclaredConstant &= arguments.Count > 0 && Collect([arguments[0]], model, cancellationToken, (name, node) => Declared.Add((name, node)));
                break;
            case "AllFields":
                HasAllFieldsOrExclude = true;
                break;
            case "Exclude":
                HasAllFieldsOrExclude = true;
                Collect(arguments, model, cancellationToken, (name, node) => Options.Add(("exclude", name, node)));
                break;
            case "ReadOnlyFields":
                Collect(arguments, model, cancellationToken, (name, node) => Options.Add(("read_only_fields", name, node)));
                break;
            case "ExtraKwargs":
                if (arguments.Count > 0)
                {
                    Collect([arguments[0]], model, cancellationToken, (name, node) => Options.Add(("extra_kwargs", name, node)));
                }
                break;
        }
    }

    // Adds each constant string argument; true when every argument was one.
    private static bool Collect(IEnumerable<ArgumentSyntax> arguments, SemanticModel model, System.Threading.CancellationToken cancellationToken, System.Action<string, ExpressionSyntax> add)
    {
        var allConstant = true;
        foreach (var argument in arguments)
        {
            if (Literals.Constant(argument.Expression, model, cancellationToken) is { } name)
            {
                add(name, argument.Expression);
            }
            else
            {
                allConstant = false;
            }
        }
        return allConstant;
    }
}
