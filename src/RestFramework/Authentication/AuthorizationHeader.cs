// Provides the reading of the Authorization header as DRF does: ISO-8859-1 bytes split on ASCII whitespace.
using System.Text;
using RestFramework.Requests;

namespace RestFramework.Authentication;

/// <summary>DRF's <c>get_authorization_header(request).split()</c>.</summary>
internal static class AuthorizationHeader
{
    private static readonly char[] Whitespace = [' ', '\t', '\n', '\r', '\v', '\f'];

    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>The parts of the header, or an empty array when it is absent.</summary>
    public static string[] Split(Request request)
    {
        var header = request.HttpContext.Request.Headers.Authorization.ToString();
        return header.Length == 0 ? [] : header.Split(Whitespace, StringSplitOptions.RemoveEmptyEntries);
    }

    /// <summary>The ISO-8859-1 bytes of a header part, or null when it has characters outside ISO-8859-1.</summary>
    public static byte[]? Bytes(string part)
    {
        var bytes = new byte[part.Length];
        for (var i = 0; i < part.Length; i++)
        {
            if (part[i] > '\u00ff')
            {
                return null;
            }
            bytes[i] = (byte)part[i];
        }
        return bytes;
    }

    /// <summary>Decodes bytes as strict UTF-8, or returns null.</summary>
    public static string? Utf8(byte[]? bytes)
    {
        if (bytes is null)
        {
            return null;
        }
        try
        {
            return StrictUtf8.GetString(bytes);
        }
        catch (DecoderFallbackException)
        {
            return null;
        }
    }
}
