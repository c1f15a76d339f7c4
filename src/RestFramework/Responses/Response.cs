// Provides the response a view returns: data, a status and headers, rendered after content negotiation.
using Microsoft.AspNetCore.Http;

namespace RestFramework.Responses;

/// <summary>What a handler returns: unrendered data that the negotiated renderer writes.</summary>
/// <param name="data">The data: a dictionary, a list, a primitive, serializer output, or null for an empty body.</param>
/// <param name="status">The status code. Defaults to 200.</param>
public sealed class Response(object? data = null, int status = StatusCodes.Status200OK)
{
    /// <summary>The data to render.</summary>
    public object? Data { get; set; } = data;

    /// <summary>The status code.</summary>
    public int Status { get; set; } = status;

    private HeaderDictionary? _headers;

    /// <summary>Headers added to the HTTP response.</summary>
    public IHeaderDictionary Headers => _headers ??= [];

    /// <summary>Whether any header was added.</summary>
    public bool HasHeaders => _headers is { Count: > 0 };

    /// <summary>A <c>Content-Type</c> replacing the renderer's, or null.</summary>
    public string? ContentType { get; set; }

    /// <summary>True when the response was produced by the exception handler.</summary>
    public bool IsException { get; set; }

    /// <summary>An empty response with <paramref name="status"/>, such as 204.</summary>
    public static Response Empty(int status) => new(null, status);
}
