// Provides Python's repr() of parsed JSON input, as DRF messages show lists and dicts (str(['a']) is "['a']").
using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace RestFramework.Fields;

/// <summary>Python's <c>repr</c> of a parsed JSON value: <c>None</c>, <c>True</c>, quoted strings, <c>[...]</c> and <c>{...}</c>.</summary>
internal static class PythonRepr
{
    public static string Of(JsonNode? node)
    {
        var builder = new StringBuilder();
        Write(builder, node);
        return builder.ToString();
    }

    private static void Write(StringBuilder builder, JsonNode? node)
    {
        switch (node)
        {
            case null:
                builder.Append("None");
                return;
            case JsonArray list:
                builder.Append('[');
                for (var i = 0; i < list.Count; i++)
                {
                    builder.Append(i == 0 ? string.Empty : ", ");
                    Write(builder, list[i]);
                }
                builder.Append(']');
                return;
            case JsonObject map:
                builder.Append('{');
                var first = true;
                foreach (var (key, value) in map)
                {
                    builder.Append(first ? string.Empty : ", ");
                    first = false;
                    WriteString(builder, key);
                    builder.Append(": ");
                    Write(builder, value);
                }
                builder.Append('}');
                return;
        }
        switch (JsonInput.Kind(node))
        {
            case JsonValueKind.String:
                WriteString(builder, node.GetValue<string>());
                return;
            case JsonValueKind.Number:
                builder.Append(JsonInput.PythonNumber(node));
                return;
            default:
                builder.Append(JsonInput.PythonStr(node));
                return;
        }
    }

    /// <summary>Python's string repr: single quotes unless the text has a single quote and no double quote; escapes for
    /// backslashes, the quote, <c>\n \r \t</c> and non-printable characters.</summary>
    private static void WriteString(StringBuilder builder, string text)
    {
        var quote = text.Contains('\'') && !text.Contains('"') ? '"' : '\'';
        builder.Append(quote);
        foreach (var rune in text.EnumerateRunes())
        {
            var value = rune.Value;
            switch (value)
            {
                case '\\':
                    builder.Append("\\\\");
                    continue;
                case '\n':
                    builder.Append("\\n");
                    continue;
                case '\r':
                    builder.Append("\\r");
                    continue;
                case '\t':
                    builder.Append("\\t");
                    continue;
            }
            if (value == quote)
            {
                builder.Append('\\').Append(quote);
            }
            else if (IsPrintable(rune))
            {
                builder.Append(rune.ToString());
            }
            else
            {
                builder.Append(value switch
                {
                    < 0x100 => "\\x" + value.ToString("x2", CultureInfo.InvariantCulture),
                    < 0x10000 => "\\u" + value.ToString("x4", CultureInfo.InvariantCulture),
                    _ => "\\U" + value.ToString("x8", CultureInfo.InvariantCulture),
                });
            }
        }
        builder.Append(quote);
    }

    /// <summary>Python's <c>str.isprintable</c> for one character: not in categories Cc, Cf, Cs, Co, Cn, Zl, Zp, Zs (except space).</summary>
    private static bool IsPrintable(Rune rune)
    {
        if (rune.Value == ' ')
        {
            return true;
        }
        return Rune.GetUnicodeCategory(rune) switch
        {
            UnicodeCategory.Control or UnicodeCategory.Format or UnicodeCategory.Surrogate or UnicodeCategory.PrivateUse
                or UnicodeCategory.OtherNotAssigned or UnicodeCategory.LineSeparator or UnicodeCategory.ParagraphSeparator
                or UnicodeCategory.SpaceSeparator => false,
            _ => true,
        };
    }
}
