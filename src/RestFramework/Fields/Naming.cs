// Provides the name conversions between C# members and DRF's snake_case keys.
using System.Text;

namespace RestFramework.Fields;

/// <summary>Converts between PascalCase member names and snake_case field names.</summary>
public static class Naming
{
    /// <summary><c>PublishedAt</c> → <c>published_at</c>; <c>HTTPCode</c> → <c>http_code</c>.</summary>
    public static string SnakeCase(string name)
    {
        var text = new StringBuilder(name.Length + 4);
        for (var i = 0; i < name.Length; i++)
        {
            var c = name[i];
            if (char.IsUpper(c))
            {
                var boundary = i > 0 && (char.IsLower(name[i - 1]) || char.IsDigit(name[i - 1]) || (i + 1 < name.Length && char.IsLower(name[i + 1]) && char.IsUpper(name[i - 1])));
                if (boundary && text.Length > 0 && text[^1] != '_')
                {
                    text.Append('_');
                }
                text.Append(char.ToLowerInvariant(c));
            }
            else
            {
                text.Append(c);
            }
        }
        return text.ToString();
    }

    /// <summary><c>published_at</c> → <c>PublishedAt</c>.</summary>
    public static string PascalCase(string name) =>
        string.Concat(name.Split('_', StringSplitOptions.RemoveEmptyEntries).Select(p => char.ToUpperInvariant(p[0]) + p[1..]));
}
