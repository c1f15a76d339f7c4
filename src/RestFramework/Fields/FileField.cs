// Provides FileField: uploaded files (IFormFile) in, file names or URLs out.
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http;
using RestFramework.Serializers;

namespace RestFramework.Fields;

/// <summary>DRF's <c>FileField</c>: input must be an uploaded <see cref="IFormFile"/>; output is an absolute URL of a stored path (with a request) or the name.</summary>
public class FileField : Field
{
    /// <summary>The maximum file name length, or null.</summary>
    public int? MaxLength { get; set; }

    /// <summary>Whether empty files are valid. Defaults to false.</summary>
    public bool AllowEmptyFile { get; set; }

    /// <summary>Whether stored paths render as URLs (<c>UPLOADED_FILES_USE_URL</c>). Defaults to true.</summary>
    public bool UseUrl { get; set; } = true;

    /// <inheritdoc />
    protected override string? GetDefaultMessage(string key) => key switch
    {
        "required" => "No file was submitted.",
        "invalid" => "The submitted data was not a file. Check the encoding type on the form.",
        "no_name" => "No filename could be determined.",
        "empty" => "The submitted file is empty.",
        "max_length" => "Ensure this filename has at most {max_length} characters (it has {length}).",
        _ => base.GetDefaultMessage(key),
    };

    /// <inheritdoc />
    protected override object? ToInternalValue(JsonNode data, Serializer? root)
    {
        if (data is not JsonValue value || !value.TryGetValue<IFormFile>(out var file))
        {
            throw Fail("invalid");
        }
        if (string.IsNullOrEmpty(file.FileName))
        {
            throw Fail("no_name");
        }
        if (!AllowEmptyFile && file.Length == 0)
        {
            throw Fail("empty");
        }
        if (MaxLength is { } max && file.FileName.Length > max)
        {
            throw Fail("max_length", ("max_length", max), ("length", file.FileName.Length));
        }
        return file;
    }

    /// <inheritdoc />
    public override object? ToRepresentation(object value, Serializer? root) => value switch
    {
        IFormFile file => file.FileName,
        string { Length: 0 } => null,
        string path when UseUrl && root?.Context.Request is { } request => request.BuildAbsoluteUri(path),
        string path => path,
        _ => value.ToString(),
    };
}
