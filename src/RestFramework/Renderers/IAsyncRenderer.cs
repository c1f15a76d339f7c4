// Provides the asynchronous render seam for renderers that query before writing (the browsable API's forms).
using System.Buffers;

namespace RestFramework.Renderers;

/// <summary>A renderer that needs asynchronous work (database lookups, permission re-checks) while rendering.</summary>
/// <remarks>The pipeline calls <see cref="RenderAsync"/> instead of <see cref="IRenderer.Render"/> when the negotiated renderer implements it.</remarks>
public interface IAsyncRenderer : IRenderer
{
    /// <summary>Writes <paramref name="data"/> to <paramref name="output"/>.</summary>
    /// <param name="data">The response data.</param>
    /// <param name="context">The render context.</param>
    /// <param name="output">Where the body goes.</param>
    /// <returns>A task completing when the body is written.</returns>
    ValueTask RenderAsync(object? data, RendererContext context, IBufferWriter<byte> output);
}
