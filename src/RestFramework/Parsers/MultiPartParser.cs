// Provides the multipart form body parser: fields and files.
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Extensions.Primitives;
using Microsoft.Net.Http.Headers;
using RestFramework.Exceptions;

namespace RestFramework.Parsers;

/// <summary>Parses <c>multipart/form-data</c> bodies; files appear in <c>Request.Files</c> and, by field name, in <c>Request.Data</c>.</summary>
public sealed class MultiPartParser : IParser
{
    /// <inheritdoc />
    public string MediaType => "multipart/form-data";

    /// <inheritdoc />
    public ParsedBody Parse(ReadOnlyMemory<byte> body, ParserContext context)
    {
        if (!MediaTypeHeaderValue.TryParse(context.ContentType, out var header))
        {
            throw new ParseError($"Multipart form parse error - Invalid Content-Type: {context.ContentType}");
        }
        var boundary = HeaderUtilities.RemoveQuotes(header.Boundary).Value;
        if (string.IsNullOrEmpty(boundary))
        {
            throw new ParseError($"Multipart form parse error - Invalid boundary in multipart: {boundary ?? "None"}");
        }

        var stream = new MemoryStream(body.ToArray(), writable: false);
        var reader = new MultipartReader(boundary, stream);
        var fields = new Dictionary<string, StringValues>(StringComparer.Ordinal);
        var files = new FormFileCollection();
        try
        {
            // The body is already in memory, so every read completes synchronously.
            while (reader.ReadNextSectionAsync().GetAwaiter().GetResult() is { } section)
            {
                if (!ContentDispositionHeaderValue.TryParse(section.ContentDisposition, out var disposition))
                {
                    continue;
                }
                var name = HeaderUtilities.RemoveQuotes(disposition.Name).Value ?? string.Empty;
                if (disposition.IsFileDisposition())
                {
                    var content = new MemoryStream();
                    section.Body.CopyTo(content);
                    content.Position = 0;
                    var fileName = HeaderUtilities.RemoveQuotes(disposition.FileNameStar.HasValue ? disposition.FileNameStar : disposition.FileName).Value ?? string.Empty;
                    files.Add(new FormFile(content, 0, content.Length, name, fileName)
                    {
                        Headers = new HeaderDictionary(section.Headers ?? []),
                    });
                }
                else
                {
                    using var text = new StreamReader(section.Body, context.Encoding);
                    var value = text.ReadToEnd();
                    fields[name] = fields.TryGetValue(name, out var existing) ? StringValues.Concat(existing, value) : new StringValues(value);
                }
            }
        }
        catch (IOException ex)
        {
            throw new ParseError($"Multipart form parse error - {ex.Message}");
        }
        catch (InvalidDataException ex)
        {
            throw new ParseError($"Multipart form parse error - {ex.Message}");
        }
        var form = new FormCollection(fields, files);
        return new ParsedBody(FormData.ToJson(form, files), form, files);
    }
}
