// Provides DRF's format_suffix_patterns for router routes: questions.json, questions/1.json, .json at the root.
namespace RestFramework.Routers;

/// <summary>The format suffix variant of a route template and its route name.</summary>
internal static class FormatSuffixes
{
    /// <summary>DRF's default suffix pattern: lower-case letters and digits.</summary>
    public const string ValuePattern = "[a-z0-9]+";

    /// <summary>The route name of a route's format variant; reversal with a format uses it.</summary>
    public static string RouteName(string routeName) => routeName + ".format";

    /// <summary>The template of a route's format variant: the trailing slash dropped, <c>.{format}</c> appended (<c>questions/</c> → <c>questions.{format}</c>, the root → <c>.{format}</c>).</summary>
    public static string Template(string template, string formatKwarg)
    {
        var trimmed = template.TrimEnd('/');
        return trimmed.Length == 0 ? $"/.{{{formatKwarg}}}" : $"{trimmed}.{{{formatKwarg}}}";
    }
}
