// Provides ApiView, DRF's APIView: handler methods per HTTP verb behind DRF's dispatch pipeline.
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using RestFramework.Requests;
using RestFramework.Settings;

namespace RestFramework.Views;

/// <summary>
/// The base of every view. Override <see cref="GetAsync"/>, <see cref="PostAsync"/> and the other verb handlers; each request
/// runs content negotiation, versioning, authentication, permissions and throttles, in DRF's order, before the handler.
/// </summary>
/// <remarks>A new instance serves each request, so fields may hold per-request state.</remarks>
public abstract partial class ApiView
{
    /// <summary>The current request; set before any hook runs.</summary>
    public Request Request { get; private set; } = null!;

    /// <summary>The route values of the matched URL (DRF's <c>kwargs</c>).</summary>
    public RouteValueDictionary Kwargs => Request.Kwargs;

    /// <summary>The format named by a URL suffix (<c>.json</c>), or null.</summary>
    public string? FormatKwarg { get; private set; }

    /// <summary>The settings in force for this view.</summary>
    public RestFrameworkOptions Options { get; private set; } = null!;

    private HttpContext _httpContext = null!;

    /// <summary>The services of the request.</summary>
    protected IServiceProvider Services => _httpContext.RequestServices;

    /// <summary>The ASP.NET Core context of the request.</summary>
    public HttpContext HttpContext => _httpContext;

    private HeaderDictionary? _defaultResponseHeaders;

    /// <summary>Headers added to every response of this view, after <c>Allow</c> and <c>Vary: Accept</c> (which DRF always adds).</summary>
    public IHeaderDictionary DefaultResponseHeaders => _defaultResponseHeaders ??= [];

    /// <summary>The settings this view uses; override to change any setting for this view only.</summary>
    /// <param name="defaults">The application's settings.</param>
    protected virtual RestFrameworkOptions GetOptions(RestFrameworkOptions defaults) => defaults;

    /// <summary>The name shown by OPTIONS and the browsable API: the class name without <c>View</c>, in words (<c>Study Plan</c>).</summary>
    public virtual string GetViewName() => ViewNames.FromTypeName(GetType().Name);

    /// <summary>The description shown by OPTIONS and the browsable API. Defaults to empty.</summary>
    public virtual string GetViewDescription() => string.Empty;
}
