// Provides DRF's derivation of view names from class names.
using System.Globalization;
using System.Text.RegularExpressions;

namespace RestFramework.Views;

/// <summary>Turns class names into DRF's view names: <c>APIRootView</c> becomes <c>Api Root</c>.</summary>
internal static partial class ViewNames
{
    public static string FromTypeName(string typeName)
    {
        var tick = typeName.IndexOf('`', StringComparison.Ordinal);
        var name = tick < 0 ? typeName : typeName[..tick];
        name = RemoveSuffix(RemoveSuffix(name, "View"), "ViewSet");
        return CamelCaseToSpaces(name);
    }

    /// <summary>DRF's <c>camelcase_to_spaces</c>: a space before each word, underscores as spaces, then title case.</summary>
    public static string CamelCaseToSpaces(string content)
    {
        content = Boundary().Replace(content, " $1").Trim();
        var words = content.Split('_');
        return TitleCase(string.Join(' ', words));
    }

    private static string RemoveSuffix(string name, string suffix) =>
        name.EndsWith(suffix, StringComparison.Ordinal) ? name[..^suffix.Length] : name;

    // Python's str.title(): the first letter of each run of letters upper, the rest lower.
    private static string TitleCase(string text)
    {
        var chars = text.ToCharArray();
        var previousIsLetter = false;
        for (var i = 0; i < chars.Length; i++)
        {
            var c = chars[i];
            chars[i] = previousIsLetter ? char.ToLower(c, CultureInfo.InvariantCulture) : char.ToUpper(c, CultureInfo.InvariantCulture);
            previousIsLetter = char.IsLetter(c);
        }
        return new string(chars);
    }

    [GeneratedRegex("(((?<=[a-z])[A-Z])|([A-Z](?![A-Z]|$)))")]
    private static partial Regex Boundary();
}
