// Provides session authentication: the ASP.NET Core cookie sign-in, with Django's CSRF check on unsafe requests.
using System.Globalization;
using System.Security.Claims;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.DependencyInjection;
using RestFramework.Requests;

namespace RestFramework.Authentication;

/// <summary>
/// DRF's <c>SessionAuthentication</c>: the user signed in with the session cookie (see <see cref="Session"/>), if active.
/// Unsafe requests of such a user must pass Django's CSRF check, or get 403 <c>CSRF Failed: ...</c>; anonymous requests are not checked.
/// </summary>
/// <remarks>It issues no challenge, so a refused anonymous request is a 403 when it is the first authentication class.</remarks>
public class SessionAuthentication : IAuthentication
{
    /// <summary>The authentication scheme of the session cookie, registered by <c>AddRestFrameworkSession()</c>.</summary>
    public const string DefaultScheme = "RestFramework.Session";

    /// <summary>The cookie scheme read. Defaults to <see cref="DefaultScheme"/>.</summary>
    protected virtual string Scheme => DefaultScheme;

    /// <inheritdoc />
    public async ValueTask<AuthenticationResult?> AuthenticateAsync(Request request)
    {
        var context = request.HttpContext;
        var result = await context.AuthenticateAsync(Scheme);
        var id = result.Succeeded ? result.Principal.FindFirstValue(ClaimTypes.NameIdentifier) : null;
        if (id is null || !int.TryParse(id, NumberStyles.Integer, CultureInfo.InvariantCulture, out var userId))
        {
            return null;
        }
        var user = await context.RequestServices.GetRequiredService<IUserStore>().FindUserAsync(userId, context.RequestAborted);
        if (user is null || !user.IsActive)
        {
            return null;
        }
        await CsrfCheck.EnforceAsync(context);
        return new AuthenticationResult(user, null);
    }

    /// <inheritdoc />
    public string? AuthenticateHeader(Request request) => null;
}
