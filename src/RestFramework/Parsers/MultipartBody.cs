// Provides Django's lenient reading of multipart/form-data: parts between "--boundary" separators, headers within 1 KiB.
using System.Text;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Primitives;

namespace RestFramework.Parsers;

/// <summary>Django's <c>MultiPartParser</c>: the body is cut at every <c>--boundary</c> (a CRLF before it is dropped); a part
/// whose first 1024 bytes hold a header block with <c>Content-Disposition</c> and a <c>name</c> is a field, or a file when it
/// has a file name; anything else (preamble, epilogue, malformed parts) is skipped, and a missing closing boundary ends the
/// last part at the end of the body.</summary>
internal static class MultipartBody
{
    private const int MaxHeaderSize = 1024;

    public static (Dictionary<string, StringValues> Fields, FormFileCollection Files) Parse(ReadOnlyMemory<byte> body, string boundary, Charset charset)
    {
        var fields = new Dictionary<string, StringValues>(StringComparer.Ordinal);
        var files = new FormFileCollection();
        var separator = Encoding.ASCII.GetBytes("--" + boundary);
        var position = 0;
        while (position < body.Length)
        {
            var rest = body.Span[position..];
            var index = rest.IndexOf(separator);
            ReadOnlyMemory<byte> part;
            if (index < 0)
            {
                part = body[position..];
                position = body.Length;
            }
            else
            {
                var end = index;
                if (end > 0 && rest[end - 1] == '\n')
                {
                    end--;
                }
                if (end > 0 && rest[end - 1] == '\r')
                {
                    end--;
                }
                part = body.Slice(position, end);
                position += index + separator.Length;
            }
            ReadPart(part, charset, fields, files);
        }
        return (fields, files);
    }

    private static void ReadPart(ReadOnlyMemory<byte> part, Charset charset, Dictionary<string, StringValues> fields, FormFileCollection files)
    {
        var head = part.Span[..Math.Min(part.Length, MaxHeaderSize)];
        var headerEnd = head.IndexOf("\r\n\r\n"u8);
        if (headerEnd < 0)
        {
            return;
        }
        var headers = new Dictionary<string, (string Value, Dictionary<string, HeaderParameter> Parameters)>(StringComparer.Ordinal);
        foreach (var line in Encoding.Latin1.GetString(head[..headerEnd]).Split("\r\n"))
        {
            if (HeaderLine.TryParse(line, out var name, out var value, out var parameters))
            {
                headers[name] = (value, parameters);
            }
        }
        if (!headers.TryGetValue("content-disposition", out var disposition) || !disposition.Parameters.TryGetValue("name", out var rawName))
        {
            return;
        }
        var fieldName = rawName.Decode(charset).Trim(' ', '\t', '\n', '\r', '\v', '\f');
        var payload = part[(headerEnd + 4)..];
        if (disposition.Parameters.TryGetValue("filename", out var rawFileName) && !rawFileName.IsEmpty)
        {
            if (SanitizeFileName(rawFileName.Decode(charset)) is not { } fileName)
            {
                return;
            }
            var contentType = headers.TryGetValue("content-type", out var type) ? type.Value.Trim() : string.Empty;
            var content = new MemoryStream(payload.ToArray(), writable: false);
            files.Add(new FormFile(content, 0, content.Length, fieldName, fileName)
            {
                Headers = new HeaderDictionary { ["Content-Type"] = contentType, ["Content-Disposition"] = $"form-data; name=\"{fieldName}\"; filename=\"{fileName}\"" },
            });
            return;
        }
        var data = payload.Span;
        byte[]? decoded = null;
        if (headers.TryGetValue("content-transfer-encoding", out var transfer) && transfer.Value.Trim() == "base64")
        {
            decoded = Base64(data);
        }
        var text = charset.DecodeLenient(decoded ?? data);
        fields[fieldName] = fields.TryGetValue(fieldName, out var existing) ? StringValues.Concat(existing, text) : new StringValues(text);
    }

    /// <summary>Python's <c>base64.b64decode</c> without validation (characters outside the alphabet are dropped); null when the
    /// padding is wrong, as Django then keeps the raw bytes.</summary>
    private static byte[]? Base64(ReadOnlySpan<byte> data)
    {
        var kept = new StringBuilder(data.Length);
        foreach (var b in data)
        {
            if (char.IsAsciiLetterOrDigit((char)b) || b is (byte)'+' or (byte)'/' or (byte)'=')
            {
                kept.Append((char)b);
            }
        }
        try
        {
            return Convert.FromBase64String(kept.ToString());
        }
        catch (FormatException)
        {
            return null;
        }
    }

    /// <summary>Django's <c>sanitize_file_name</c>: HTML entities unescaped, the part after the last <c>/</c> or <c>\</c>; none for
    /// an empty name, <c>.</c> or <c>..</c>.</summary>
    private static string? SanitizeFileName(string fileName)
    {
        fileName = System.Net.WebUtility.HtmlDecode(fileName);
        fileName = fileName[(fileName.LastIndexOf('/') + 1)..];
        fileName = fileName[(fileName.LastIndexOf('\\') + 1)..];
        return fileName is "" or "." or ".." ? null : fileName;
    }
}
