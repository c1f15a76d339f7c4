// Provides the result of resolving a field path at compile time.
using Microsoft.CodeAnalysis;

namespace RestFramework.Analyzers.Filters;

/// <summary>Whether a path was found, with its leaf type and whether it crosses a collection.</summary>
internal readonly struct FieldPathResult
{
    public static readonly FieldPathResult Unknown = new(FieldPathOutcome.Unknown, null, false);

    public static readonly FieldPathResult Missing = new(FieldPathOutcome.Missing, null, false);

    public FieldPathResult(FieldPathOutcome outcome, ITypeSymbol? leafType, bool crossesCollection)
    {
        Outcome = outcome;
        LeafType = leafType;
        CrossesCollection = crossesCollection;
    }

    public FieldPathOutcome Outcome { get; }

    public ITypeSymbol? LeafType { get; }

    public bool CrossesCollection { get; }
}
