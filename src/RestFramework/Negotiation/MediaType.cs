// Provides media type parsing and matching as DRF's utils.mediatypes does.
namespace RestFramework.Negotiation;

/// <summary>A parsed media type such as <c>application/json; indent=4</c>, with DRF's precedence and matching rules.</summary>
public sealed class MediaType
{
    private MediaType(string original, string mainType, string subType, IReadOnlyDictionary<string, string> parameters)
    {
        Original = original;
        MainType = mainType;
        SubType = subType;
        Parameters = parameters;
    }

    /// <summary>The text it was parsed from.</summary>
    public string Original { get; }

    /// <summary>The part before the slash, lower-cased: <c>application</c>, <c>*</c>.</summary>
    public string MainType { get; }

    /// <summary>The part after the slash, lower-cased: <c>json</c>, <c>*</c>.</summary>
    public string SubType { get; }

    /// <summary>The parameters, keys lower-cased, in header order.</summary>
    public IReadOnlyDictionary<string, string> Parameters { get; }

    /// <summary>3 for <c>type/sub;param</c>, 2 for <c>type/sub</c>, 1 for <c>type/*</c>, 0 for <c>*/*</c>; the q parameter does not count.</summary>
    public int Precedence
    {
        get
        {
            if (MainType == "*")
            {
                return 0;
            }
            if (SubType == "*")
            {
                return 1;
            }
            return Parameters.Count == 0 || (Parameters.Count == 1 && Parameters.ContainsKey("q")) ? 2 : 3;
        }
    }

    private static readonly System.Collections.Concurrent.ConcurrentDictionary<string, MediaType> Cache = new(StringComparer.Ordinal);

    /// <summary>Parses <paramref name="text"/> once and keeps the result, for the few distinct values (renderer, parser and common Accept types) seen again and again.</summary>
    /// <remarks>The cache stops growing at 512 entries; further values are parsed each time.</remarks>
    public static MediaType ParseCached(string text)
    {
        if (Cache.TryGetValue(text, out var cached))
        {
            return cached;
        }
        var parsed = Parse(text);
        if (Cache.Count < 512)
        {
            Cache.TryAdd(text, parsed);
        }
        return parsed;
    }

    /// <summary>Parses <paramref name="text"/> leniently, as Django's <c>parse_header</c> does.</summary>
    public static MediaType Parse(string? text)
    {
        text ??= string.Empty;
        var parts = text.Split(';');
        var fullType = parts[0].Trim().ToLowerInvariant();
        var slash = fullType.IndexOf('/', StringComparison.Ordinal);
        var main = slash < 0 ? fullType : fullType[..slash];
        var sub = slash < 0 ? string.Empty : fullType[(slash + 1)..];
        var parameters = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var i = 1; i < parts.Length; i++)
        {
            var eq = parts[i].IndexOf('=', StringComparison.Ordinal);
            if (eq < 0)
            {
                continue;
            }
            var key = parts[i][..eq].Trim().ToLowerInvariant();
            var value = parts[i][(eq + 1)..].Trim();
            if (value.Length >= 2 && value[0] == '"' && value[^1] == '"')
            {
                value = value[1..^1].Replace("\\\\", "\\", StringComparison.Ordinal).Replace("\\\"", "\"", StringComparison.Ordinal);
            }
            parameters[key] = value;
        }
        return new MediaType(text, main, sub, parameters);
    }

    /// <summary>Whether <paramref name="other"/> satisfies this type: every parameter of this one except q must be equal in the other, and wildcards match anything.</summary>
    public bool Match(MediaType other)
    {
        foreach (var (key, value) in Parameters)
        {
            if (key != "q" && (!other.Parameters.TryGetValue(key, out var theirs) || theirs != value))
            {
                return false;
            }
        }
        if (SubType != "*" && other.SubType != "*" && other.SubType != SubType)
        {
            return false;
        }
        return MainType == "*" || other.MainType == "*" || other.MainType == MainType;
    }

    /// <inheritdoc />
    public override string ToString() => Original;
}
