// Provides DRF's default content negotiation: format override, then Accept by specificity and renderer order.
using RestFramework.Exceptions;
using RestFramework.Parsers;
using RestFramework.Renderers;
using RestFramework.Requests;

namespace RestFramework.Negotiation;

/// <summary>
/// DRF's <c>DefaultContentNegotiation</c>: a format (URL suffix or <c>?format=</c>) filters the renderers; then the
/// <c>Accept</c> entries are grouped by specificity, and within a group the view's renderer order decides. Quality values are ignored.
/// </summary>
public sealed class DefaultContentNegotiation : IContentNegotiation
{
    /// <inheritdoc />
    public RendererSelection SelectRenderer(Request request, IReadOnlyList<IRenderer> renderers, string? formatSuffix)
    {
        var formatParam = request.Options.UrlFormatOverride;
        var format = formatSuffix;
        if (string.IsNullOrEmpty(format) && formatParam is not null)
        {
            var values = request.QueryParams[formatParam];
            format = values.Count > 0 ? values[^1] : null;
        }
        if (!string.IsNullOrEmpty(format))
        {
            renderers = renderers.Where(r => r.Format == format).ToList();
            if (renderers.Count == 0)
            {
                throw new NotFound();
            }
        }

        var header = request.HttpContext.Request.Headers.Accept;
        var accept = header.Count switch
        {
            0 => "*/*",
            1 => header[0] ?? string.Empty,
            _ => string.Join(",", header.ToArray()),
        };
        foreach (var group in AcceptGroups.For(accept))
        {
            if (group is null)
            {
                continue;
            }
            foreach (var renderer in renderers)
            {
                var rendererType = MediaType.ParseCached(renderer.MediaType);
                foreach (var accepted in group)
                {
                    if (!rendererType.Match(accepted))
                    {
                        continue;
                    }
                    if (rendererType.Precedence > accepted.Precedence)
                    {
                        var full = renderer.MediaType + string.Concat(accepted.Parameters.Select(p => $";{p.Key}={p.Value}"));
                        return new RendererSelection(renderer, full);
                    }
                    return new RendererSelection(renderer, accepted.Original);
                }
            }
        }
        throw new NotAcceptable();
    }

    /// <inheritdoc />
    public IParser? SelectParser(Request request, IReadOnlyList<IParser> parsers)
    {
        var contentType = MediaType.ParseCached(request.ContentType ?? string.Empty);
        foreach (var parser in parsers)
        {
            if (MediaType.ParseCached(parser.MediaType).Match(contentType))
            {
                return parser;
            }
        }
        return null;
    }
}
