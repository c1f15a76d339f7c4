// Provides the view-side declaration of the fields SearchFilter searches.
namespace RestFramework.Filters;

/// <summary>A view searchable by <see cref="SearchFilter"/> (DRF's <c>search_fields</c>).</summary>
public interface ISearchFieldsView
{
    /// <summary>Field paths to search, each optionally prefixed: <c>^</c> starts with, <c>=</c> exact, <c>@</c> full text, <c>$</c> regex; none is contains.</summary>
    /// <remarks>Paths use <c>__</c> across relations (<c>topic__slug</c>); matching is case-insensitive. Null or empty turns search off.</remarks>
    IReadOnlyList<string>? SearchFields { get; }
}
