// Provides the multipart form body parser: fields and files.
using Microsoft.AspNetCore.Http;
using Microsoft.Net.Http.Headers;
using RestFramework.Exceptions;

namespace RestFramework.Parsers;

/// <summary>Parses <c>multipart/form-data</c> bodies as Django does (leniently: see <see cref="MultipartBody"/>); files appear in
/// <c>Request.Files</c> and, by field name, in <c>Request.Data</c>.</summary>
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
        if (string.IsNullOrEmpty(boundary) || !IsValidBoundary(boundary))
        {
            throw new ParseError($"Multipart form parse error - Invalid boundary in multipart: {(string.IsNullOrEmpty(boundary) ? "None" : boundary)}");
        }
        var (fields, files) = MultipartBody.Parse(body, boundary, context.Charset);
        var form = new FormCollection(fields, files);
        return new ParsedBody(FormData.ToJson(form, files), form, files);
    }

    /// <summary>Python's <c>cgi.valid_boundary</c>: 1 to 201 printable ASCII characters, not ending with a space.</summary>
    private static bool IsValidBoundary(string boundary) =>
        boundary.Length <= 201 && boundary.All(c => c is >= ' ' and <= '~') && boundary[^1] != ' ';
}
