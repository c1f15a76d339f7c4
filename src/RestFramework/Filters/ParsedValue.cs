// Provides the outcome of parsing one filter value: the value, Django's error message, or "ignored".
namespace RestFramework.Filters;

/// <summary>The outcome of parsing one query value.</summary>
/// <param name="Value">The parsed value, of the column's type.</param>
/// <param name="Error">Django's form error message, or null.</param>
/// <param name="Ignored">True when django-filter ignores the value (an unknown boolean).</param>
internal readonly record struct ParsedValue(object? Value, string? Error = null, bool Ignored = false);
