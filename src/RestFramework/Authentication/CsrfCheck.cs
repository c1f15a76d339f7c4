// Provides Django 3.2's CsrfViewMiddleware check, run by SessionAuthentication on unsafe requests.
using Microsoft.AspNetCore.Http;
using RestFramework.Exceptions;

namespace RestFramework.Authentication;

/// <summary>Django's <c>CsrfViewMiddleware.process_view</c>: Referer check on HTTPS, then cookie and request tokens.</summary>
internal static class CsrfCheck
{
    /// <summary>Raises <c>PermissionDenied("CSRF Failed: ...")</c> when an unsafe request fails the check.</summary>
    /// <param name="context">The request.</param>
    /// <param name="parsedForm">The parsed form when the body has already been read (inside a handler); null reads the form from the body.</param>
    public static async ValueTask EnforceAsync(HttpContext context, IFormCollection? parsedForm = null)
    {
        if (await ReasonAsync(context, parsedForm) is { } reason)
        {
            throw new PermissionDenied($"CSRF Failed: {reason}");
        }
    }

    private static async ValueTask<string?> ReasonAsync(HttpContext context, IFormCollection? parsedForm)
    {
        var request = context.Request;
        if (HttpMethods.IsGet(request.Method) || HttpMethods.IsHead(request.Method) ||
            HttpMethods.IsOptions(request.Method) || HttpMethods.IsTrace(request.Method))
        {
            return null;
        }
        if (request.IsHttps && RefererReason(request) is { } refererReason)
        {
            return refererReason;
        }
        var cookieToken = Csrf.CookieToken(context);
        if (cookieToken is null)
        {
            return "CSRF cookie not set.";
        }
        var requestToken = string.Empty;
        if (HttpMethods.IsPost(request.Method) && request.HasFormContentType)
        {
            requestToken = parsedForm is not null ? parsedForm[Csrf.FormField].LastOrDefault() ?? string.Empty : await FormTokenAsync(request);
        }
        if (requestToken.Length == 0)
        {
            requestToken = request.Headers[Csrf.HeaderName].ToString();
        }
        return CsrfToken.Equal(CsrfToken.Sanitize(requestToken), cookieToken) ? null : "CSRF token missing or incorrect.";
    }

    private static async ValueTask<string> FormTokenAsync(HttpRequest request)
    {
        // The body is read again by the view: buffer it and rewind.
        request.EnableBuffering();
        try
        {
            var form = await request.ReadFormAsync(request.HttpContext.RequestAborted);
            return form[Csrf.FormField].LastOrDefault() ?? string.Empty;
        }
        catch (InvalidDataException)
        {
            return string.Empty;
        }
        catch (IOException ex) when (!request.HttpContext.RequestAborted.IsCancellationRequested)
        {
            // What the server refuses while the form is read (a malformed chunk, too large) is the client's error.
            throw Requests.BadRequestBody.From(ex);
        }
        finally
        {
            request.Body.Position = 0;
        }
    }

    private static string? RefererReason(HttpRequest request)
    {
        var referer = request.Headers.Referer.ToString();
        if (referer.Length == 0)
        {
            return "Referer checking failed - no Referer.";
        }
        if (!Uri.TryCreate(referer, UriKind.Absolute, out var uri) || uri.Authority.Length == 0)
        {
            return "Referer checking failed - Referer is malformed.";
        }
        if (uri.Scheme != Uri.UriSchemeHttps)
        {
            return "Referer checking failed - Referer is insecure while host is secure.";
        }
        return string.Equals(uri.Authority, request.Host.Value, StringComparison.OrdinalIgnoreCase)
            ? null
            : $"Referer checking failed - {referer} does not match any trusted origins.";
    }
}
