// Provides the outcomes of resolving a field path at compile time.
namespace RestFramework.Analyzers.Filters;

/// <summary>Found, missing, or not decidable (a type parameter or an unresolved type on the way).</summary>
internal enum FieldPathOutcome
{
    Unknown,
    Missing,
    Found,
}
