// Provides the JWT obtain endpoint: POST a username and password, get a refresh and an access token.
using RestFramework.Exceptions;
using RestFramework.Parsers;
using RestFramework.Renderers;
using RestFramework.Requests;
using RestFramework.Responses;
using RestFramework.Throttling;
using RestFramework.Views;

namespace RestFramework.Authentication;

/// <summary>
/// Simple JWT's <c>TokenObtainPairView</c>: <c>POST {"username", "password"}</c> answers <c>{"refresh": ..., "access": ...}</c>;
/// wrong credentials or an inactive user give 401 <c>{"detail": "No active account found with the given credentials"}</c>.
/// </summary>
/// <remarks>Throttled by <see cref="ScopedRateThrottle"/> with the scope <c>login</c>, as <see cref="ObtainAuthToken"/>.</remarks>
/// <param name="store">The user store.</param>
/// <param name="tokens">The token issuer.</param>
public class TokenObtainPairView(IUserStore store, JwtTokens tokens) : ApiView
{
    /// <inheritdoc />
    public override IReadOnlyList<Type>? ParserTypes => [typeof(JsonParser), typeof(FormParser), typeof(MultiPartParser)];

    /// <inheritdoc />
    public override IReadOnlyList<Type>? RendererTypes => [typeof(JsonRenderer)];

    /// <inheritdoc />
    public override IReadOnlyList<Type>? AuthenticationTypes => [];

    /// <inheritdoc />
    public override IReadOnlyList<Type>? PermissionTypes => [];

    /// <inheritdoc />
    public override IReadOnlyList<Type>? ThrottleTypes => [typeof(ScopedRateThrottle)];

    /// <inheritdoc />
    public override string? ThrottleScope => ObtainAuthToken.Scope;

    /// <inheritdoc />
    protected override async ValueTask<Response> PostAsync(Request request)
    {
        var (userName, password) = Credentials.Read(request.Data, Options.NonFieldErrorsKey, trimPassword: true);
        var user = await store.AuthenticateAsync(userName, password, HttpContext.RequestAborted)
            ?? throw new AuthenticationFailed("No active account found with the given credentials", "no_active_account");
        return new Response(new Dictionary<string, object?>
        {
            ["refresh"] = tokens.CreateRefreshToken(user.Id),
            ["access"] = tokens.CreateAccessToken(user.Id),
        });
    }

    /// <inheritdoc />
    protected override string? GetAuthenticateHeader(Request request) => "Bearer realm=\"api\"";
}
