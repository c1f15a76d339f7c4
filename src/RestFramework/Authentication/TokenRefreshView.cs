// Provides the JWT refresh endpoint: POST a refresh token, get a new access token.
using RestFramework.Exceptions;
using RestFramework.Parsers;
using RestFramework.Renderers;
using RestFramework.Requests;
using RestFramework.Responses;
using RestFramework.Views;

namespace RestFramework.Authentication;

/// <summary>
/// Simple JWT's <c>TokenRefreshView</c>: <c>POST {"refresh": token}</c> answers <c>{"access": ...}</c>; an invalid or expired
/// refresh token gives 401 <c>{"detail": "Token is invalid or expired", "code": "token_not_valid"}</c>.
/// </summary>
/// <param name="tokens">The token issuer.</param>
public class TokenRefreshView(JwtTokens tokens) : ApiView
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
    protected override async ValueTask<Response> PostAsync(Request request)
    {
        var refresh = Credentials.ReadField(request.Data, "refresh", Options.NonFieldErrorsKey);
        var claims = await tokens.ValidateAsync(refresh, JwtTokens.Refresh)
            ?? throw new AuthenticationFailed(
                new OrderedDictionary<string, object> { ["detail"] = "Token is invalid or expired", ["code"] = "token_not_valid" }, "token_not_valid");
        return new Response(new Dictionary<string, object?> { ["access"] = tokens.CreateAccessToken(claims["user_id"]) });
    }

    /// <inheritdoc />
    protected override string? GetAuthenticateHeader(Request request) => "Bearer realm=\"api\"";
}
