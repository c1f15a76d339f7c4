// Provides the opaque cursor token exactly as DRF encodes it: base64 of "o=..&r=1&p=..".
using System.Text;
using Microsoft.AspNetCore.WebUtilities;

namespace RestFramework.Pagination;

/// <summary>Encodes and decodes cursors as DRF's <c>encode_cursor</c>/<c>decode_cursor</c> do.</summary>
internal static class CursorCodec
{
    /// <summary>The token of <paramref name="cursor"/>: base64 of the urlencoded <c>o</c> (when not 0), <c>r</c> (when reversed) and <c>p</c>.</summary>
    public static string Encode(Cursor cursor)
    {
        var query = new StringBuilder();
        if (cursor.Offset != 0)
        {
            Append(query, "o", cursor.Offset.ToString(System.Globalization.CultureInfo.InvariantCulture));
        }
        if (cursor.Reverse)
        {
            Append(query, "r", "1");
        }
        if (cursor.Position is not null)
        {
            Append(query, "p", cursor.Position);
        }
        return Convert.ToBase64String(Encoding.ASCII.GetBytes(query.ToString()));
    }

    /// <summary>Decodes <paramref name="token"/>; false for anything DRF answers with <c>Invalid cursor</c>.</summary>
    public static bool TryDecode(string token, int offsetCutoff, out Cursor? cursor)
    {
        cursor = null;
        if (!TryBase64(token, out var bytes) || bytes.Any(b => b > 127))
        {
            return false;
        }
        var tokens = QueryHelpers.ParseNullableQuery("?" + Encoding.ASCII.GetString(bytes));
        string? First(string key) => tokens is not null && tokens.TryGetValue(key, out var values) && values.Count > 0 ? values[0] : null;
        if (!PositiveInt.TryParse(First("o") ?? "0", strict: false, offsetCutoff, out var offset))
        {
            return false;
        }
        if (!PositiveInt.TryParseInt(First("r") ?? "0", out var reverse))
        {
            return false;
        }
        cursor = new Cursor(offset, reverse != 0, First("p"));
        return true;
    }

    private static void Append(StringBuilder query, string key, string value)
    {
        if (query.Length > 0)
        {
            query.Append('&');
        }
        query.Append(key).Append('=');
        query.Append(QueryUrls.Quote(value));
    }

    // Python's non-validating b64decode: characters outside the alphabet are dropped, but the padding must be right.
    private static bool TryBase64(string token, out byte[] bytes)
    {
        bytes = [];
        var data = new StringBuilder(token.Length);
        var padding = 0;
        foreach (var c in token)
        {
            if (c == '=')
            {
                padding++;
            }
            else if (char.IsAsciiLetterOrDigit(c) || c is '+' or '/')
            {
                if (padding > 0)
                {
                    break;
                }
                data.Append(c);
            }
        }
        var needed = (data.Length % 4) switch { 0 => 0, 2 => 2, 3 => 1, _ => -1 };
        if (needed < 0 || padding < needed)
        {
            return false;
        }
        data.Append('=', needed);
        try
        {
            bytes = Convert.FromBase64String(data.ToString());
            return true;
        }
        catch (FormatException)
        {
            return false;
        }
    }
}
