// Provides the reading of multi-valued form keys (Django's QueryDict.getlist) and indexed keys (DRF's parse_html_list) as JSON arrays.
using System.Numerics;
using System.Text.Json.Nodes;
using RestFramework.Serializers;

namespace RestFramework.Fields;

/// <summary>Reads every value of a form key, as <c>getlist</c>; the <c>key[0]</c>, <c>key[1]field</c> keys, as <c>parse_html_list</c>; the
/// <c>key.field</c> keys, as <c>parse_html_dict</c>.</summary>
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

    /// <summary>DRF's <c>parse_html_list(dictionary, prefix=key)</c>: <c>key[N]</c> gives item N, <c>key[N]name</c> gives the
    /// <c>name</c> of dictionary item N (each key's last value), items ordered by N; null when no key matches.</summary>
    public static JsonArray? Indexed(Serializer root, string key)
    {
        if (root.Context.Request?.Form is not { } form)
        {
            return null;
        }
        SortedDictionary<BigInteger, JsonNode>? items = null;
        foreach (var (name, values) in form)
        {
            if (!TryMatch(name, key, out var index, out var field))
            {
                continue;
            }
            items ??= [];
            var value = values.Count == 0 ? string.Empty : values[^1] ?? string.Empty;
            if (field.Length == 0)
            {
                items[index] = JsonValue.Create(value);
            }
            else if (items.TryGetValue(index, out var existing) && existing is JsonObject map)
            {
                map[field] = value;
            }
            else
            {
                items[index] = new JsonObject { [field] = value };
            }
        }
        if (items is null)
        {
            return null;
        }
        var array = new JsonArray();
        foreach (var item in items.Values)
        {
            array.Add(item);
        }
        return array;
    }

    /// <summary>DRF's <c>parse_html_dict(dictionary, prefix=key)</c>: <c>key.name</c> gives <c>name</c> (its last value); null when no key matches.</summary>
    public static JsonObject? Dotted(Serializer root, string key)
    {
        if (root.Context.Request?.Form is not { } form)
        {
            return null;
        }
        JsonObject? map = null;
        foreach (var (name, values) in form)
        {
            if (name.Length > key.Length + 1 && name.StartsWith(key, StringComparison.Ordinal) && name[key.Length] == '.')
            {
                (map ??= [])[name[(key.Length + 1)..]] = values.Count == 0 ? string.Empty : values[^1] ?? string.Empty;
            }
        }
        return map;
    }

    /// <summary>Matches <c>^prefix\[([0-9]+)\](.*)$</c>.</summary>
    private static bool TryMatch(string name, string prefix, out BigInteger index, out string field)
    {
        index = default;
        field = string.Empty;
        if (name.Length < prefix.Length + 3 || !name.StartsWith(prefix, StringComparison.Ordinal) || name[prefix.Length] != '[')
        {
            return false;
        }
        var close = name.IndexOf(']', prefix.Length + 1);
        var digits = close < 0 ? string.Empty : name[(prefix.Length + 1)..close];
        if (digits.Length == 0 || !digits.All(char.IsAsciiDigit) || name.AsSpan(close + 1).Contains('\n'))
        {
            return false;
        }
        index = BigInteger.Parse(digits, System.Globalization.CultureInfo.InvariantCulture);
        field = name[(close + 1)..];
        return true;
    }
}
