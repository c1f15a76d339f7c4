// Provides DRF's dispatch pipeline: negotiation, version, authentication, permissions, throttles, then the handler.
using Microsoft.AspNetCore.Http;
using RestFramework.Exceptions;
using RestFramework.Permissions;
using RestFramework.Requests;
using RestFramework.Responses;
using RestFramework.Settings;

namespace RestFramework.Views;

public abstract partial class ApiView
{
    /// <summary>Serves one request through the whole pipeline and writes the response.</summary>
    internal async Task DispatchAsync(HttpContext context, RestFrameworkOptions options)
    {
        _httpContext = context;
        Options = GetOptions(options);
        Request = InitializeRequest(context);
        Response response;
        try
        {
            await InitialAsync(Request);
            if (!IsAllowed(Request.Method))
            {
                throw new MethodNotAllowed(Request.Method);
            }
            if (await LookUpCachedResponseAsync(Request) is { } cached)
            {
                response = cached;
            }
            else
            {
                await Request.ReadBodyAsync(Options.MaxRequestBodySize);
                response = await HandleAsync(Request);
                await InvalidateCacheAsync(Request, response);
            }
        }
        catch (Exception ex) when (!context.RequestAborted.IsCancellationRequested)
        {
            response = HandleException(ex);
        }
        await FinalizeResponseAsync(response);
    }

    /// <summary>Wraps the ASP.NET Core request in a <see cref="Requests.Request"/> with this view's parsers, authenticators and negotiator.</summary>
    protected virtual Request InitializeRequest(HttpContext context)
    {
        return new Request(context, Options, GetParsers(), GetAuthenticators(), GetContentNegotiator());
    }

    /// <summary>Runs everything before the handler, in DRF's order.</summary>
    /// <remarks>Negotiation and versioning come first, so errors are rendered in the negotiated format.</remarks>
    protected virtual async ValueTask InitialAsync(Request request)
    {
        FormatKwarg = request.Kwargs.TryGetValue(Options.FormatSuffixKwarg, out var format) ? format as string : null;
        PerformContentNegotiation(request);
        DetermineVersion(request);
        await PerformAuthenticationAsync(request);
        CheckPermissions(request);
        await CheckThrottlesAsync(request);
    }

    /// <summary>Chooses the renderer and accepted media type of the response.</summary>
    protected virtual void PerformContentNegotiation(Request request)
    {
        var selection = request.Negotiator.SelectRenderer(request, GetRenderers(), FormatKwarg);
        request.AcceptedRenderer = selection.Renderer;
        request.AcceptedMediaType = selection.MediaType;
    }

    /// <summary>Sets <c>Request.Version</c> and <c>Request.VersioningScheme</c>.</summary>
    protected virtual void DetermineVersion(Request request)
    {
        var scheme = GetVersioningScheme();
        if (scheme is null)
        {
            return;
        }
        request.Version = scheme.DetermineVersion(request);
        request.VersioningScheme = scheme;
    }

    /// <summary>Authenticates the request eagerly, so that authentication errors come before permissions.</summary>
    protected virtual ValueTask PerformAuthenticationAsync(Request request) => request.AuthenticateAsync();

    /// <summary>Raises on the first permission that refuses the request.</summary>
    protected virtual void CheckPermissions(Request request)
    {
        foreach (var permission in GetPermissions())
        {
            if (!permission.HasPermission(request, this))
            {
                throw PermissionDenied(request, permission.Message, permission.Code);
            }
        }
    }

    /// <summary>Raises on the first permission that refuses access to <paramref name="obj"/>.</summary>
    public virtual void CheckObjectPermissions(Request request, object obj)
    {
        foreach (var permission in GetPermissions())
        {
            if (!permission.HasObjectPermission(request, this, obj))
            {
                throw PermissionDenied(request, permission.Message, permission.Code);
            }
        }
    }

    /// <summary>Checks every throttle (each records the request); raises 429 with the longest wait when any refuses.</summary>
    protected virtual async ValueTask CheckThrottlesAsync(Request request)
    {
        List<double>? waits = null;
        var refused = false;
        foreach (var throttle in GetThrottles())
        {
            if (!await throttle.AllowRequestAsync(request, this))
            {
                refused = true;
                if (throttle.Wait() is { } wait)
                {
                    (waits ??= []).Add(wait);
                }
            }
        }
        if (refused)
        {
            throw Throttled(waits is null ? null : waits.Max());
        }
    }

    /// <summary>The error for a refused permission: <c>NotAuthenticated</c> when authenticators exist and none succeeded, else <c>PermissionDenied</c>.</summary>
    protected ApiException PermissionDenied(Request request, string? message = null, string? code = null) =>
        request.Authenticators.Count > 0 && request.SuccessfulAuthenticator is null
            ? new NotAuthenticated()
            : new PermissionDenied(message, code);

    /// <summary>The error for a refused throttle.</summary>
    protected static ApiException Throttled(double? wait) => new Throttled(wait);

    private bool IsAllowed(string method)
    {
        foreach (var allowed in AllowedMethods)
        {
            if (string.Equals(allowed, method, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>Whether <paramref name="method"/> is safe (GET, HEAD, OPTIONS).</summary>
    protected static bool IsSafeMethod(string method) => BasePermission.IsSafeMethod(method);
}
