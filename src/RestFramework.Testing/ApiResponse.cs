// Provides the result of a test request: status, headers and body, with helpers to read JSON.
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;

namespace RestFramework.Testing;

/// <summary>A response received by <see cref="ApiClient"/>.</summary>
/// <param name="StatusCode">The status code.</param>
/// <param name="Headers">The response headers, content headers included.</param>
/// <param name="Content">The raw body.</param>
public sealed record ApiResponse(int StatusCode, IReadOnlyDictionary<string, string> Headers, byte[] Content)
{
    /// <summary>The body as UTF-8 text.</summary>
    public string Text => Encoding.UTF8.GetString(Content);

    /// <summary>The <c>Content-Type</c> header, or null.</summary>
    public string? ContentType => Header("Content-Type");

    /// <summary>The body parsed as JSON (null for an empty body).</summary>
    public JsonNode? Json() => Content.Length == 0 ? null : JsonNode.Parse(Content);

    /// <summary>A header's value (several values joined with <c>", "</c>), or null.</summary>
    public string? Header(string name) => Headers.TryGetValue(name, out var value) ? value : null;

    internal static async Task<ApiResponse> FromAsync(HttpResponseMessage message)
    {
        var headers = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        Add(headers, message.Headers);
        Add(headers, message.Content.Headers);
        var content = await message.Content.ReadAsByteArrayAsync();
        return new ApiResponse((int)message.StatusCode, headers, content);
    }

    private static void Add(Dictionary<string, string> target, HttpHeaders headers)
    {
        foreach (var (key, values) in headers.NonValidated)
        {
            target[key] = string.Join(", ", values);
        }
    }
}
