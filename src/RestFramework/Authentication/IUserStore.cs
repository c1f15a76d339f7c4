// Provides the user store the authentication classes use: credential checks, token lookup and issue, user creation.
namespace RestFramework.Authentication;

/// <summary>Finds and checks users and tokens; the default is backed by the app's EF Core DbContext.</summary>
public interface IUserStore
{
    /// <summary>Django's <c>authenticate()</c>: the active user with this user name and password, or null.</summary>
    /// <remarks>Unknown users cost one password hash too, and hashes are compared in constant time.</remarks>
    ValueTask<User?> AuthenticateAsync(string userName, string password, CancellationToken cancellationToken = default);

    /// <summary>The token with this key, with its user, or null; the key is compared in constant time.</summary>
    ValueTask<Token?> FindTokenAsync(string key, CancellationToken cancellationToken = default);

    /// <summary>The user's token, created on first use.</summary>
    ValueTask<Token> GetOrCreateTokenAsync(User user, CancellationToken cancellationToken = default);

    /// <summary>The user with this id, or null.</summary>
    ValueTask<User?> FindUserAsync(int id, CancellationToken cancellationToken = default);

    /// <summary>Creates and saves a user; a null password makes the password unusable.</summary>
    ValueTask<User> CreateUserAsync(string userName, string? password, string email = "", bool isStaff = false, CancellationToken cancellationToken = default);

    /// <summary>Sets the password hash of <paramref name="user"/> (unsaved); null makes the password unusable.</summary>
    void SetPassword(User user, string? password);
}
