// Provides pluggable response renderers.
using System.Buffers;

namespace RestFramework.Renderers;

/// <summary>A renderer for one media type and format; content negotiation picks one per request.</summary>
/// <remarks>The browsable API plugs in here as a renderer for <c>text/html</c> with the format <c>api</c>.</remarks>
public interface IRenderer
{
    /// <summary>The media type it produces, such as <c>application/json</c>.</summary>
    string MediaType { get; }

    /// <summary>The format named by <c>?format=</c> or a URL suffix, such as <c>json</c>.</summary>
    string Format { get; }

    /// <summary>The charset added to <c>Content-Type</c>, or null for none.</summary>
    string? Charset { get; }

    /// <summary>Writes <paramref name="data"/> to <paramref name="output"/>; writing nothing drops the <c>Content-Type</c> header.</summary>
    void Render(object? data, RendererContext context, IBufferWriter<byte> output);
}
