// Provides the checks shared by every place that names field paths: existence, search and ordering shape, filter lookups.
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace RestFramework.Analyzers.Filters;

/// <summary>Checks one constant path or filter declaration against an entity type and reports through a callback.</summary>
internal static class PathChecks
{
    private static readonly string[] SupportedLookups =
        ["exact", "iexact", "contains", "icontains", "startswith", "istartswith", "endswith", "iendswith", "gt", "gte", "lt", "lte", "in", "isnull", "range"];

    private static readonly HashSet<string> TextLookups =
        new(System.StringComparer.Ordinal) { "iexact", "contains", "icontains", "startswith", "istartswith", "endswith", "iendswith" };

    /// <summary>Reports RF1020 when <paramref name="path"/> names no property, RF1022 when <paramref name="ordered"/> and it crosses a collection.</summary>
    public static FieldPathResult Path(System.Action<Diagnostic> report, FrameworkTypes types, INamedTypeSymbol entity, string path, SyntaxNode node, bool ordered)
    {
        var result = FieldPathResolver.Resolve(entity, path, types.KeyAttribute);
        if (result.Outcome == FieldPathOutcome.Missing)
        {
            report(Diagnostic.Create(Rules.UnknownFieldPath, node.GetLocation(), path, entity.Name));
        }
        else if (ordered && result is { Outcome: FieldPathOutcome.Found, CrossesCollection: true })
        {
            report(Diagnostic.Create(Rules.OrderingCrossesCollection, node.GetLocation(), entity.Name, path));
        }
        return result;
    }

    /// <summary>Reports RF1020, or RF1021 when the search field's property is not a string.</summary>
    public static void Search(System.Action<Diagnostic> report, FrameworkTypes types, INamedTypeSymbol entity, string field, SyntaxNode node)
    {
        var path = field.Length > 0 && field[0] is '^' or '=' or '@' or '$' ? field.Substring(1) : field;
        var result = Path(report, types, entity, path, node, ordered: false);
        if (result is { Outcome: FieldPathOutcome.Found, LeafType: { } leaf } && leaf.SpecialType != SpecialType.System_String && leaf.TypeKind != TypeKind.Error)
        {
            report(Diagnostic.Create(Rules.SearchFieldNotString, node.GetLocation(), path, entity.Name, leaf.MetadataName));
        }
    }

    /// <summary>Reports RF1023 for an unsupported lookup and RF1024 for a text lookup on a resolved property that is not a string.</summary>
    public static void Lookup(System.Action<Diagnostic> report, INamedTypeSymbol entity, string name, string path, FieldPathResult resolved, string lookup, SyntaxNode node)
    {
        if (!SupportedLookups.Contains(lookup))
        {
            report(Diagnostic.Create(Rules.UnsupportedLookup, node.GetLocation(), name, lookup, string.Join(", ", SupportedLookups)));
        }
        else if (TextLookups.Contains(lookup) && resolved is { Outcome: FieldPathOutcome.Found, LeafType: { } leaf }
            && leaf.SpecialType != SpecialType.System_String && leaf.TypeKind != TypeKind.Error)
        {
            report(Diagnostic.Create(Rules.TextLookupOnNonString, node.GetLocation(), name, lookup, entity.Name, path, leaf.MetadataName));
        }
    }

    /// <summary>Checks a <c>new FilterFields { "field", { "field", "lookup", ... } }</c> initializer: each path, then each lookup.</summary>
    public static void FilterFields(System.Action<Diagnostic> report, FrameworkTypes types, INamedTypeSymbol entity, ExpressionSyntax expression, SemanticModel model, System.Threading.CancellationToken cancellationToken)
    {
        foreach (var element in Literals.Elements(expression) ?? [])
        {
            var parts = element is InitializerExpressionSyntax complex ? complex.Expressions : (IReadOnlyList<ExpressionSyntax>)[element];
            if (parts.Count == 0 || Literals.Constant(parts[0], model, cancellationToken) is not { } path)
            {
                continue;
            }
            var resolved = Path(report, types, entity, path, parts[0], ordered: false);
            foreach (var part in parts.Skip(1))
            {
                if (Literals.Constant(part, model, cancellationToken) is { } lookup)
                {
                    Lookup(report, entity, lookup == "exact" ? path : path + "__" + lookup, path, resolved, lookup, part);
                }
            }
        }
    }
}
