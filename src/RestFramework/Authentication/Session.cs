// Provides session login and logout: the cookie sign-in SessionAuthentication reads, with CSRF token rotation.
using System.Globalization;
using System.Security.Claims;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Http;

namespace RestFramework.Authentication;

/// <summary>Django's <c>login()</c> and <c>logout()</c> over the ASP.NET Core cookie scheme of <see cref="SessionAuthentication"/>.</summary>
public static class Session
{
    /// <summary>Signs <paramref name="user"/> in with the session cookie and rotates the CSRF token.</summary>
    /// <param name="context">The current request.</param>
    /// <param name="user">The authenticated user.</param>
    /// <param name="scheme">The cookie scheme. Defaults to <see cref="SessionAuthentication.DefaultScheme"/>.</param>
    /// <returns>The new CSRF token, masked, to send with unsafe requests.</returns>
    public static async Task<string> LoginAsync(HttpContext context, User user, string scheme = SessionAuthentication.DefaultScheme)
    {
        var identity = new ClaimsIdentity(
            [new Claim(ClaimTypes.NameIdentifier, user.Id.ToString(CultureInfo.InvariantCulture)), new Claim(ClaimTypes.Name, user.UserName)],
            scheme);
        await context.SignInAsync(scheme, new ClaimsPrincipal(identity));
        return Csrf.RotateToken(context);
    }

    /// <summary>Signs the user out of the session cookie.</summary>
    /// <param name="context">The current request.</param>
    /// <param name="scheme">The cookie scheme. Defaults to <see cref="SessionAuthentication.DefaultScheme"/>.</param>
    public static Task LogoutAsync(HttpContext context, string scheme = SessionAuthentication.DefaultScheme) =>
        context.SignOutAsync(scheme);
}
