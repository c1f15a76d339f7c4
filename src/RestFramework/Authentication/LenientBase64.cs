// Provides base64 decoding as Python's non-strict b64decode: characters outside the alphabet are skipped, padding is required.
namespace RestFramework.Authentication;

/// <summary>Python's <c>base64.b64decode(s)</c> (non-validating).</summary>
internal static class LenientBase64
{
    /// <summary>The decoded bytes, or null on incorrect padding.</summary>
    public static byte[]? Decode(string text)
    {
        var data = new System.Text.StringBuilder(text.Length + 3);
        var pads = 0;
        var terminated = false;
        foreach (var c in text)
        {
            if (c == '=')
            {
                var quad = data.Length % 4;
                if (quad >= 2 && quad + ++pads >= 4)
                {
                    terminated = true;
                    break;
                }
                continue;
            }
            if (c is (>= 'A' and <= 'Z') or (>= 'a' and <= 'z') or (>= '0' and <= '9') or '+' or '/')
            {
                data.Append(c);
                pads = 0;
            }
        }
        var remainder = data.Length % 4;
        if (remainder != 0 && !terminated)
        {
            return null;
        }
        data.Append('=', remainder == 0 ? 0 : 4 - remainder);
        try
        {
            return Convert.FromBase64String(data.ToString());
        }
        catch (FormatException)
        {
            return null;
        }
    }
}
