// Provides one parameter of a multipart part header: raw bytes, or text already decoded from an RFC 2231 value.
namespace RestFramework.Parsers;

/// <summary>A header parameter value as Django keeps it: bytes (decoded later with the request charset) or text.</summary>
internal readonly record struct HeaderParameter(byte[]? Raw, string? Text)
{
    /// <summary>The value as text; bytes are decoded with <paramref name="charset"/>, invalid bytes as U+FFFD.</summary>
    public string Decode(Charset charset) => Text ?? charset.DecodeLenient(Raw);

    /// <summary>Whether the value is empty (Python's falsy <c>b''</c> or <c>''</c>).</summary>
    public bool IsEmpty => Text is null ? Raw is null || Raw.Length == 0 : Text.Length == 0;
}
