// Provides what a renderer may need besides the data: the request, the view, the status and the accepted media type.
using RestFramework.Requests;
using RestFramework.Responses;
using RestFramework.Views;

namespace RestFramework.Renderers;

/// <summary>The context of one render.</summary>
/// <param name="Request">The request, or null outside a view.</param>
/// <param name="View">The view, or null outside a view.</param>
/// <param name="Response">The response being rendered.</param>
/// <param name="AcceptedMediaType">The negotiated media type with the client's parameters, such as <c>application/json; indent=4</c>.</param>
public sealed record RendererContext(Request? Request, ApiView? View, Response Response, string AcceptedMediaType);
