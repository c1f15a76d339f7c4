// Provides the normalisation of error details into DRF's shapes: a message, a list or an ordered dictionary.
using System.Collections;

namespace RestFramework.Exceptions;

/// <summary>Turns loose error details (strings, lists, dictionaries) into <see cref="ErrorDetail"/> trees.</summary>
public static class ErrorDetails
{
    /// <summary>Normalises <paramref name="detail"/>: every leaf becomes an <see cref="ErrorDetail"/> carrying <paramref name="code"/>.</summary>
    /// <returns>An <see cref="ErrorDetail"/>, a <see cref="List{T}"/> of details, or an <see cref="OrderedDictionary{TKey, TValue}"/> of details.</returns>
    public static object Normalize(object detail, string code) => detail switch
    {
        ErrorDetail d => d,
        string s => new ErrorDetail(s, code),
        IDictionary<string, object> map => NormalizeMap(map, code),
        IDictionary map => NormalizeMap(map, code),
        IEnumerable items => NormalizeList(items, code),
        _ => new ErrorDetail(Convert.ToString(detail, System.Globalization.CultureInfo.InvariantCulture) ?? string.Empty, code),
    };

    /// <summary>Collects the codes of a normalised detail tree, in the same shape (DRF's <c>get_codes</c>).</summary>
    public static object GetCodes(object detail) => detail switch
    {
        ErrorDetail d => d.Code,
        OrderedDictionary<string, object> map => Map(map, GetCodes),
        IList list => list.Cast<object>().Select(GetCodes).ToList(),
        _ => detail,
    };

    private static OrderedDictionary<string, object> Map(OrderedDictionary<string, object> map, Func<object, object> f)
    {
        var result = new OrderedDictionary<string, object>(map.Count);
        foreach (var (key, value) in map)
        {
            result.Add(key, f(value));
        }
        return result;
    }

    private static OrderedDictionary<string, object> NormalizeMap(IDictionary<string, object> map, string code)
    {
        var result = new OrderedDictionary<string, object>(map.Count);
        foreach (var (key, value) in map)
        {
            result[key] = Normalize(value, code);
        }
        return result;
    }

    private static OrderedDictionary<string, object> NormalizeMap(IDictionary map, string code)
    {
        var result = new OrderedDictionary<string, object>(map.Count);
        foreach (DictionaryEntry entry in map)
        {
            result[Convert.ToString(entry.Key, System.Globalization.CultureInfo.InvariantCulture)!] = Normalize(entry.Value ?? string.Empty, code);
        }
        return result;
    }

    private static List<object> NormalizeList(IEnumerable items, string code)
    {
        var result = new List<object>();
        foreach (var item in items)
        {
            result.Add(Normalize(item ?? string.Empty, code));
        }
        return result;
    }
}
