// Provides the creation and validation of the access and refresh tokens of JWT authentication (HMAC-SHA256).
using System.Text;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace RestFramework.Authentication;

/// <summary>Issues and checks JWTs shaped as Simple JWT's: claims <c>token_type</c>, <c>user_id</c>, <c>jti</c>, <c>iat</c>, <c>exp</c>.</summary>
/// <param name="settings">The JWT settings.</param>
/// <param name="timeProvider">The clock of issue and expiry times.</param>
public sealed class JwtTokens(IOptions<JwtSettings> settings, TimeProvider timeProvider)
{
    /// <summary>The <c>token_type</c> of access tokens.</summary>
    public const string Access = "access";

    /// <summary>The <c>token_type</c> of refresh tokens.</summary>
    public const string Refresh = "refresh";

    private readonly JsonWebTokenHandler _handler = new() { SetDefaultTimesOnTokenCreation = false };

    /// <summary>A signed access token for the user with id <paramref name="userId"/>.</summary>
    public string CreateAccessToken(object userId) => Create(userId, Access, settings.Value.AccessTokenLifetime);

    /// <summary>A signed refresh token for the user with id <paramref name="userId"/>.</summary>
    public string CreateRefreshToken(object userId) => Create(userId, Refresh, settings.Value.RefreshTokenLifetime);

    /// <summary>The claims of a valid, unexpired token of type <paramref name="tokenType"/>, or null.</summary>
    public async ValueTask<IDictionary<string, object>?> ValidateAsync(string token, string tokenType)
    {
        var result = await _handler.ValidateTokenAsync(token, ValidationParameters());
        return result.IsValid && result.Claims.TryGetValue("token_type", out var type) && type as string == tokenType ? result.Claims : null;
    }

    /// <summary>The validation parameters, shared with the JWT bearer handler.</summary>
    public TokenValidationParameters ValidationParameters() => new()
    {
        IssuerSigningKey = Key(),
        ValidAlgorithms = [SecurityAlgorithms.HmacSha256],
        ValidateIssuer = settings.Value.Issuer is not null,
        ValidIssuer = settings.Value.Issuer,
        ValidateAudience = settings.Value.Audience is not null,
        ValidAudience = settings.Value.Audience,
        RequireExpirationTime = true,
        ValidateLifetime = true,
        ClockSkew = TimeSpan.Zero,
        LifetimeValidator = (_, expires, _, _) => expires is { } exp && exp > timeProvider.GetUtcNow().UtcDateTime,
    };

    private string Create(object userId, string tokenType, TimeSpan lifetime)
    {
        var now = timeProvider.GetUtcNow().UtcDateTime;
        return _handler.CreateToken(new SecurityTokenDescriptor
        {
            Claims = new Dictionary<string, object>
            {
                ["token_type"] = tokenType,
                ["user_id"] = userId,
                ["jti"] = Guid.NewGuid().ToString("N"),
            },
            IssuedAt = now,
            NotBefore = now,
            Expires = now + lifetime,
            Issuer = settings.Value.Issuer,
            Audience = settings.Value.Audience,
            SigningCredentials = new SigningCredentials(Key(), SecurityAlgorithms.HmacSha256),
        });
    }

    private SymmetricSecurityKey Key() => new(Encoding.UTF8.GetBytes(settings.Value.SigningKey));
}
