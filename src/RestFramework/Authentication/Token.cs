// Provides the token entity of TokenAuthentication: one random 40-hex-character key per user.
using System.Security.Cryptography;

namespace RestFramework.Authentication;

/// <summary>DRF's authtoken <c>Token</c>: a key of 40 lowercase hexadecimal characters, one per user.</summary>
public class Token
{
    /// <summary>The length of a key.</summary>
    public const int KeyLength = 40;

    /// <summary>The key, the primary key: 160 bits from a cryptographic random number generator.</summary>
    public string Key { get; set; } = string.Empty;

    /// <summary>The id of the user the token belongs to; unique.</summary>
    public int UserId { get; set; }

    /// <summary>The user the token belongs to.</summary>
    public User User { get; set; } = null!;

    /// <summary>When the token was created.</summary>
    public DateTime Created { get; set; }

    /// <summary>A new key: 20 random bytes from <see cref="RandomNumberGenerator"/>, as 40 lowercase hexadecimal characters.</summary>
    public static string GenerateKey() => RandomNumberGenerator.GetHexString(KeyLength, lowercase: true);
}
