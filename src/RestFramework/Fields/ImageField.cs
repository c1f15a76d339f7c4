// Provides ImageField: uploaded files that must be images.
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http;
using RestFramework.Serializers;

namespace RestFramework.Fields;

/// <summary>DRF's <c>ImageField</c>: a <see cref="FileField"/> whose content must start with a PNG, JPEG, GIF, BMP or WebP signature.</summary>
public sealed class ImageField : FileField
{
    private static readonly byte[][] Signatures =
    [
        [0x89, 0x50, 0x4E, 0x47],
        [0xFF, 0xD8, 0xFF],
        [0x47, 0x49, 0x46, 0x38],
        [0x42, 0x4D],
        [0x52, 0x49, 0x46, 0x46],
    ];

    /// <inheritdoc />
    protected override string? GetDefaultMessage(string key) => key == "invalid_image"
        ? "Upload a valid image. The file you uploaded was either not an image or a corrupted image."
        : base.GetDefaultMessage(key);

    /// <inheritdoc />
    protected override object? ToInternalValue(JsonNode data, Serializer? root)
    {
        var file = (IFormFile)base.ToInternalValue(data, root)!;
        Span<byte> head = stackalloc byte[8];
        using var stream = file.OpenReadStream();
        var read = stream.ReadAtLeast(head, head.Length, throwOnEndOfStream: false);
        foreach (var signature in Signatures)
        {
            if (read >= signature.Length && head[..signature.Length].SequenceEqual(signature))
            {
                return file;
            }
        }
        throw Fail("invalid_image");
    }
}
