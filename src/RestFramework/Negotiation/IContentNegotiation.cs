// Provides pluggable content negotiation: which renderer answers, which parser reads the body.
using RestFramework.Parsers;
using RestFramework.Renderers;
using RestFramework.Requests;

namespace RestFramework.Negotiation;

/// <summary>Chooses the renderer of the response and the parser of the request body.</summary>
public interface IContentNegotiation
{
    /// <summary>The renderer and the accepted media type; throws <c>NotAcceptable</c> or <c>NotFound</c> (unknown format).</summary>
    RendererSelection SelectRenderer(Request request, IReadOnlyList<IRenderer> renderers, string? formatSuffix);

    /// <summary>The parser for the request's <c>Content-Type</c>, or null when none matches.</summary>
    IParser? SelectParser(Request request, IReadOnlyList<IParser> parsers);
}

/// <summary>A negotiated renderer and the media type it was accepted as.</summary>
/// <param name="Renderer">The chosen renderer.</param>
/// <param name="MediaType">The accepted media type, with the client's parameters (such as <c>indent</c>).</param>
public readonly record struct RendererSelection(IRenderer Renderer, string MediaType);
