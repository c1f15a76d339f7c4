// Provides DRF's action vocabulary: the standard action names and the names derived from C# method names.
using System.Globalization;
using System.Text;

namespace RestFramework.ViewSets;

/// <summary>The standard actions and DRF's naming of extra actions (<c>SetAgeAsync</c> is the action <c>set_age</c>, named <c>Set age</c>).</summary>
internal static class ActionNames
{
    public const string List = "list";
    public const string Create = "create";
    public const string Retrieve = "retrieve";
    public const string Update = "update";
    public const string PartialUpdate = "partial_update";
    public const string Destroy = "destroy";
    public const string Metadata = "metadata";

    /// <summary>The standard actions with their C# methods, in the order of the router's routes.</summary>
    public static readonly (string Action, string Method)[] Standard =
    [
        (List, "ListAsync"), (Create, "CreateAsync"), (Retrieve, "RetrieveAsync"),
        (Update, "UpdateAsync"), (PartialUpdate, "PartialUpdateAsync"), (Destroy, "DestroyAsync"),
    ];

    /// <summary>The action name of a C# method: <c>Async</c> dropped, then snake case (<c>RecentOnesAsync</c> → <c>recent_ones</c>).</summary>
    public static string FromMethodName(string methodName)
    {
        var name = methodName.EndsWith("Async", StringComparison.Ordinal) && methodName.Length > 5 ? methodName[..^5] : methodName;
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
                builder.Append(char.ToLower(c, CultureInfo.InvariantCulture));
            }
            else
            {
                builder.Append(c);
            }
        }
        return builder.ToString();
    }

    /// <summary>Django's <c>pretty_name</c>: underscores as spaces, the first letter upper case and the rest lower (<c>set_age</c> → <c>Set age</c>).</summary>
    public static string PrettyName(string name)
    {
        if (name.Length == 0)
        {
            return string.Empty;
        }
        var spaced = name.Replace('_', ' ');
        return char.ToUpper(spaced[0], CultureInfo.InvariantCulture) + spaced[1..].ToLower(CultureInfo.InvariantCulture);
    }
}
