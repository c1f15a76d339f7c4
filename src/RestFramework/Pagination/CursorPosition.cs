// Provides the text of a cursor position as DRF writes it (Python's str() of the ordering value), and its parsing back.
using System.Globalization;
using RestFramework.Filters;

namespace RestFramework.Pagination;

/// <summary>Formats ordering values as Python's <c>str()</c> and parses them back to the column's type.</summary>
internal static class CursorPosition
{
    /// <summary>The position text of <paramref name="value"/>.</summary>
    public static string Format(object? value) => value switch
    {
        null => "None",
        bool b => b ? "True" : "False",
        DateTime dt => ValueParser.FormatDateTime(new DateTimeOffset(DateTime.SpecifyKind(dt, DateTimeKind.Utc))),
        DateTimeOffset dto => ValueParser.FormatDateTime(dto),
        double d => PythonFloat(d),
        float f => PythonFloat(f),
        Guid g => g.ToString("D"),
        IFormattable formattable => formattable.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString() ?? string.Empty,
    };

    /// <summary>Parses <paramref name="text"/> as a value of <paramref name="type"/>; false when it is not one.</summary>
    public static bool TryParse(Type type, string text, out object? value)
    {
        var target = Nullable.GetUnderlyingType(type) ?? type;
        if (target == typeof(bool))
        {
            value = text == "True";
            return text is "True" or "False";
        }
        if (target == typeof(double) || target == typeof(float))
        {
            var ok = double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var d);
            value = target == typeof(float) ? (float)d : d;
            return ok;
        }
        var parsed = ValueParser.Parse(target, text);
        value = parsed.Value;
        return parsed.Error is null && !parsed.Ignored;
    }

    private static string PythonFloat(double value)
    {
        var text = value.ToString("R", CultureInfo.InvariantCulture);
        return double.IsFinite(value) && !text.Contains('.', StringComparison.Ordinal) && !text.Contains('E', StringComparison.Ordinal) ? text + ".0" : text;
    }
}
