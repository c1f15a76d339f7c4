// Provides the framework's name conversions, as the runtime applies them (Fields/Naming.cs, ViewSets/ActionNames.cs).
using System.Text;

namespace RestFramework.Analyzers;

/// <summary>The snake_case of members and the action names of methods, identical to the runtime's conversions.</summary>
internal static class Naming
{
    /// <summary><c>PublishedAt</c> → <c>published_at</c>; <c>HTTPCode</c> → <c>http_code</c> (the runtime's <c>Naming.SnakeCase</c>).</summary>
    public static string SnakeCase(string name)
    {
        var text = new StringBuilder(name.Length + 4);
        for (var i = 0; i < name.Length; i++)
        {
            var c = name[i];
            if (char.IsUpper(c))
            {
                var boundary = i > 0 && (char.IsLower(name[i - 1]) || char.IsDigit(name[i - 1]) || (i + 1 < name.Length && char.IsLower(name[i + 1]) && char.IsUpper(name[i - 1])));
                if (boundary && text.Length > 0 && text[text.Length - 1] != '_')
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

    /// <summary>The action name of a method: <c>Async</c> dropped, then snake case (<c>RecentOnesAsync</c> → <c>recent_ones</c>).</summary>
    public static string ActionName(string methodName)
    {
        var name = methodName.EndsWith("Async", System.StringComparison.Ordinal) && methodName.Length > 5 ? methodName.Substring(0, methodName.Length - 5) : methodName;
        var builder = new StringBuilder(name.Length + 4);
        for (var i = 0; i < name.Length; i++)
        {
            var c = name[i];
            if (char.IsUpper(c))
            {
                var previousIsLowerOrDigit = i > 0 && (char.IsLower(name[i - 1]) || char.IsDigit(name[i - 1]));
                var endsAcronym = i > 0 && char.IsUpper(name[i - 1]) && i + 1 < name.Length && char.IsLower(name[i + 1]);
                if (previousIsLowerOrDigit || endsAcronym)
                {
                    builder.Append('_');
                }
                builder.Append(char.ToLowerInvariant(c));
            }
            else
            {
                builder.Append(c);
            }
        }
        return builder.ToString();
    }
}
