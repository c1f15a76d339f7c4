// Provides the stored form of a cached response: status, handler headers, content type and body.
using System.Security.Cryptography;
using System.Text;

namespace RestFramework.Caching;

/// <summary>A response as kept in an <see cref="IResponseCacheStore"/>.</summary>
internal sealed record CachedResponse(int Status, string? ContentType, IReadOnlyList<KeyValuePair<string, string>> Headers, byte[] Body)
{
    /// <summary>Serializes the response to bytes.</summary>
    public byte[] ToBytes()
    {
        using var stream = new MemoryStream(Body.Length + 128);
        using (var writer = new BinaryWriter(stream, Encoding.UTF8, leaveOpen: true))
        {
            writer.Write(Status);
            writer.Write(ContentType ?? string.Empty);
            writer.Write(Headers.Count);
            foreach (var (key, value) in Headers)
            {
                writer.Write(key);
                writer.Write(value);
            }
            writer.Write(Body.Length);
            writer.Write(Body);
        }
        return stream.ToArray();
    }

    /// <summary>Reads bytes written by <see cref="ToBytes"/>; null when they are not a cached response.</summary>
    public static CachedResponse? FromBytes(byte[] bytes)
    {
        try
        {
            using var reader = new BinaryReader(new MemoryStream(bytes), Encoding.UTF8);
            var status = reader.ReadInt32();
            var contentType = reader.ReadString();
            var count = reader.ReadInt32();
            var headers = new List<KeyValuePair<string, string>>(count);
            for (var i = 0; i < count; i++)
            {
                headers.Add(new(reader.ReadString(), reader.ReadString()));
            }
            var body = reader.ReadBytes(reader.ReadInt32());
            return new CachedResponse(status, contentType.Length == 0 ? null : contentType, headers, body);
        }
        catch (Exception ex) when (ex is EndOfStreamException or IOException or ArgumentException)
        {
            return null;
        }
    }

    /// <summary>The strong ETag of <paramref name="body"/>: the first 16 bytes of its SHA-256, in hex, quoted.</summary>
    public static string ETagOf(ReadOnlySpan<byte> body)
    {
        Span<byte> hash = stackalloc byte[32];
        SHA256.HashData(body, hash);
        return $"\"{Convert.ToHexStringLower(hash[..16])}\"";
    }
}
