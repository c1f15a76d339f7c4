// Provides Django's CSRF token format: a 32-character secret masked with a 32-character salt, alphanumeric.
using System.Security.Cryptography;

namespace RestFramework.Authentication;

/// <summary>Django 3.2's token masking: <c>salt + cipher</c>, where each cipher character is the secret's shifted by the salt's.</summary>
internal static class CsrfToken
{
    public const int SecretLength = 32;
    public const int TokenLength = 2 * SecretLength;
    private const string Chars = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789";

    /// <summary>A new masked token (Django's <c>_get_new_csrf_token</c>).</summary>
    public static string New() => Mask(RandomString());

    /// <summary>Masks <paramref name="secret"/> with a fresh salt.</summary>
    public static string Mask(string secret)
    {
        var salt = RandomString();
        return string.Create(TokenLength, (secret, salt), static (span, state) =>
        {
            state.salt.AsSpan().CopyTo(span);
            for (var i = 0; i < SecretLength; i++)
            {
                span[SecretLength + i] = Chars[(Chars.IndexOf(state.secret[i], StringComparison.Ordinal) + Chars.IndexOf(state.salt[i], StringComparison.Ordinal)) % Chars.Length];
            }
        });
    }

    /// <summary>The secret of a masked token.</summary>
    public static string Unmask(string token) => string.Create(SecretLength, token, static (span, token) =>
    {
        for (var i = 0; i < SecretLength; i++)
        {
            var index = Chars.IndexOf(token[SecretLength + i], StringComparison.Ordinal) - Chars.IndexOf(token[i], StringComparison.Ordinal);
            span[i] = Chars[(index + Chars.Length) % Chars.Length];
        }
    });

    /// <summary>Django's <c>_sanitize_token</c>: a 64-character token as is, a 32-character secret masked, anything else replaced by a new token.</summary>
    public static string Sanitize(string token)
    {
        foreach (var c in token)
        {
            if (!char.IsAsciiLetterOrDigit(c))
            {
                return New();
            }
        }
        return token.Length switch
        {
            TokenLength => token,
            SecretLength => Mask(token),
            _ => New(),
        };
    }

    /// <summary>Whether two sanitized tokens carry the same secret, compared in constant time.</summary>
    public static bool Equal(string requestToken, string cookieToken) =>
        CryptographicOperations.FixedTimeEquals(
            System.Text.Encoding.ASCII.GetBytes(Unmask(requestToken)), System.Text.Encoding.ASCII.GetBytes(Unmask(cookieToken)));

    private static string RandomString() => RandomNumberGenerator.GetString(Chars, SecretLength);
}
