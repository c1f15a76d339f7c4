// Provides the reading of multi-valued form keys (Django's QueryDict.getlist) as JSON arrays.
using System.Text.Json.Nodes;
using RestFramework.Serializers;

namespace RestFramework.Fields;

/// <summary>Reads every value of a form key, as <c>getlist</c>.</summary>
internal static class FormList
{
    public static JsonArray Get(Serializer root, string key)
    {
        var array = new JsonArray();
        if (root.Context.Request?.Form is { } form && form.TryGetValue(key, out var values))
        {
            foreach (var value in values)
            {
                array.Add(JsonValue.Create(value));
            }
        }
        return array;
    }
}
