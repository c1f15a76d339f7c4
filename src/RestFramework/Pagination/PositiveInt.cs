// Provides DRF's _positive_int: the parsing of page sizes, limits and offsets from query strings.
namespace RestFramework.Pagination;

/// <summary>Parses non-negative integers as Python's <c>int()</c> does, with DRF's strictness and cutoff.</summary>
internal static class PositiveInt
{
    /// <summary>Parses <paramref name="text"/>; false for non-integers, negatives, and zero when <paramref name="strict"/>.</summary>
    /// <param name="text">The text, surrounding whitespace allowed.</param>
    /// <param name="strict">Whether zero is rejected.</param>
    /// <param name="cutoff">The largest value returned, or null (zero also means none, as in DRF).</param>
    /// <param name="value">The parsed value.</param>
    public static bool TryParse(string? text, bool strict, int? cutoff, out int value)
    {
        value = 0;
        if (text is null || !TryParseInt(text, out var parsed) || parsed < 0 || (parsed == 0 && strict))
        {
            return false;
        }
        value = cutoff is > 0 && parsed > cutoff ? cutoff.Value : (int)Math.Min(parsed, int.MaxValue);
        return true;
    }

    /// <summary>Parses an integer as Python's <c>int(str)</c>: whitespace and a sign allowed, digits of any script, underscores between digits; saturated beyond <see cref="long"/>.</summary>
    public static bool TryParseInt(string text, out long value) => Fields.PythonNumbers.TryParse(text, out value);

    /// <summary>The last value of <paramref name="name"/> in the query string (Django's <c>QueryDict.__getitem__</c>), or null.</summary>
    public static string? Last(Microsoft.AspNetCore.Http.IQueryCollection query, string? name)
    {
        if (name is null)
        {
            return null;
        }
        var values = query[name];
        return values.Count == 0 ? null : values[^1];
    }
}
