// Provides Django-compatible CSRF tokens: the csrftoken cookie, the X-CSRFToken header and the csrfmiddlewaretoken form field.
using Microsoft.AspNetCore.Http;

namespace RestFramework.Authentication;

/// <summary>
/// Django's CSRF protection as <c>SessionAuthentication</c> enforces it: an unsafe request of a session-authenticated user must send
/// the token of the <c>csrftoken</c> cookie in the <c>X-CSRFToken</c> header or the <c>csrfmiddlewaretoken</c> form field.
/// </summary>
public static class Csrf
{
    /// <summary>The cookie holding the token, as Django's <c>CSRF_COOKIE_NAME</c>.</summary>
    public const string CookieName = "csrftoken";

    /// <summary>The request header carrying the token, as Django's <c>CSRF_HEADER_NAME</c>.</summary>
    public const string HeaderName = "X-CSRFToken";

    /// <summary>The form field carrying the token in POSTed forms.</summary>
    public const string FormField = "csrfmiddlewaretoken";

    private const string PendingKey = "RestFramework.Csrf.Token";

    /// <summary>A token to send back with unsafe requests (Django's <c>get_token</c>), setting the cookie when the request has none.</summary>
    /// <param name="context">The current request.</param>
    /// <returns>A freshly masked token carrying the cookie's secret.</returns>
    public static string GetToken(HttpContext context)
    {
        var token = CookieToken(context);
        if (token is null)
        {
            token = CsrfToken.New();
            SetCookie(context, token);
        }
        return CsrfToken.Mask(CsrfToken.Unmask(token));
    }

    /// <summary>Replaces the token (Django's <c>rotate_token</c>); call it on login.</summary>
    /// <param name="context">The current request.</param>
    /// <returns>A masked form of the new token.</returns>
    public static string RotateToken(HttpContext context)
    {
        var token = CsrfToken.New();
        SetCookie(context, token);
        return CsrfToken.Mask(CsrfToken.Unmask(token));
    }

    /// <summary>The sanitized token of the request's cookie (or of a rotation earlier in this request), or null without a cookie.</summary>
    internal static string? CookieToken(HttpContext context)
    {
        if (context.Items.TryGetValue(PendingKey, out var pending) && pending is string set)
        {
            return set;
        }
        return context.Request.Cookies.TryGetValue(CookieName, out var cookie) ? CsrfToken.Sanitize(cookie) : null;
    }

    private static void SetCookie(HttpContext context, string token)
    {
        context.Items[PendingKey] = token;
        context.Response.Cookies.Append(CookieName, token, new CookieOptions
        {
            MaxAge = TimeSpan.FromSeconds(31_449_600),
            Path = "/",
            SameSite = SameSiteMode.Lax,
            Secure = context.Request.IsHttps,
        });
    }
}
