// Provides the settings of JWT authentication and its token endpoints, bound from RestFramework:Jwt.
namespace RestFramework.Authentication;

/// <summary>The settings of <see cref="JwtAuthentication"/>, <see cref="TokenObtainPairView"/> and <see cref="TokenRefreshView"/>.</summary>
public sealed class JwtSettings
{
    /// <summary>The configuration section the settings bind from.</summary>
    public const string SectionName = "RestFramework:Jwt";

    /// <summary>The HMAC-SHA256 signing key, at least 32 bytes of UTF-8. Required; keep it secret.</summary>
    public string SigningKey { get; set; } = string.Empty;

    /// <summary>How long an access token is valid. Defaults to 5 minutes.</summary>
    public TimeSpan AccessTokenLifetime { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>How long a refresh token is valid. Defaults to 1 day.</summary>
    public TimeSpan RefreshTokenLifetime { get; set; } = TimeSpan.FromDays(1);

    /// <summary>The issuer written and required; null for none. Defaults to null.</summary>
    public string? Issuer { get; set; }

    /// <summary>The audience written and required; null for none. Defaults to null.</summary>
    public string? Audience { get; set; }
}
