// Provides JWT authentication through ASP.NET Core's JWT bearer handler, with Simple JWT's messages.
using System.Globalization;
using System.Security.Claims;
using Microsoft.Extensions.DependencyInjection;
using RestFramework.Exceptions;
using RestFramework.Requests;

namespace RestFramework.Authentication;

/// <summary>
/// <c>Authorization: Bearer &lt;access token&gt;</c>, validated by the JWT bearer scheme that <c>AddRestFrameworkJwt()</c> registers;
/// the user is loaded from <see cref="IUserStore"/> when one is registered, else read from the claims.
/// </summary>
public class JwtAuthentication : SchemeAuthentication
{
    /// <summary>The name of the JWT bearer scheme registered by <c>AddRestFrameworkJwt()</c>.</summary>
    public const string DefaultScheme = "RestFramework.Jwt";

    /// <inheritdoc />
    protected override string Scheme => DefaultScheme;

    /// <inheritdoc />
    public override ValueTask<AuthenticationResult?> AuthenticateAsync(Request request)
    {
        var parts = AuthorizationHeader.Split(request);
        if (parts.Length == 0 || parts[0] != "Bearer")
        {
            return ValueTask.FromResult<AuthenticationResult?>(null);
        }
        if (parts.Length != 2)
        {
            throw new AuthenticationFailed("Authorization header must contain two space-delimited values", "bad_authorization_header");
        }
        return base.AuthenticateAsync(request);
    }

    /// <inheritdoc />
    protected override async ValueTask<IUser?> GetUserAsync(Request request, ClaimsPrincipal principal)
    {
        var id = principal.FindFirstValue("user_id");
        if (id is null)
        {
            throw new AuthenticationFailed("Token contained no recognizable user identification", "token_not_valid");
        }
        var store = request.HttpContext.RequestServices.GetService<IUserStore>();
        if (store is null)
        {
            return new ClaimsUser(principal);
        }
        var user = int.TryParse(id, NumberStyles.Integer, CultureInfo.InvariantCulture, out var userId)
            ? await store.FindUserAsync(userId, request.HttpContext.RequestAborted)
            : null;
        if (user is null)
        {
            throw new AuthenticationFailed("User not found", "user_not_found");
        }
        return user.IsActive ? user : throw new AuthenticationFailed("User is inactive", "user_inactive");
    }

    /// <inheritdoc />
    /// <remarks>Simple JWT's <c>InvalidToken</c>: <c>{"detail": "Given token not valid for any token type", "code": "token_not_valid", "messages": [...]}</c>.</remarks>
    protected override ApiException Failed(Exception? failure) => new AuthenticationFailed(
        new OrderedDictionary<string, object>
        {
            ["detail"] = "Given token not valid for any token type",
            ["code"] = "token_not_valid",
            ["messages"] = new List<object>
            {
                new OrderedDictionary<string, object> { ["token_class"] = "AccessToken", ["token_type"] = "access", ["message"] = "Token is invalid or expired" },
            },
        },
        "token_not_valid");

    /// <inheritdoc />
    public override string? AuthenticateHeader(Request request) => "Bearer realm=\"api\"";
}
