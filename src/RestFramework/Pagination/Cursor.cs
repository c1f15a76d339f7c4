// Provides the decoded cursor of CursorPagination: an offset, a direction and a position.
namespace RestFramework.Pagination;

/// <summary>DRF's <c>Cursor</c> namedtuple.</summary>
/// <param name="Offset">How many items at <paramref name="Position"/> to skip.</param>
/// <param name="Reverse">Whether the cursor pages backwards.</param>
/// <param name="Position">The text of the first ordering field's value to page from, or null for the start.</param>
public sealed record Cursor(int Offset, bool Reverse, string? Position);
