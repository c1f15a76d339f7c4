// Provides the EF Core user store: users and tokens in the app's DbContext, passwords through Identity's hasher.
using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using RestFramework.Fields;

namespace RestFramework.Authentication;

/// <summary>The default <see cref="IUserStore"/>, over the <see cref="User"/> and <see cref="Token"/> sets of <typeparamref name="TDbContext"/>.</summary>
/// <typeparam name="TDbContext">The app's DbContext, whose model calls <c>AddRestFrameworkAuth()</c>.</typeparam>
/// <param name="db">The app's DbContext.</param>
/// <param name="hasher">The password hasher.</param>
/// <param name="timeProvider">The clock of join and creation dates.</param>
public sealed class UserStore<TDbContext>(TDbContext db, IPasswordHasher<User> hasher, TimeProvider timeProvider) : IUserStore
    where TDbContext : DbContext
{
    private static readonly User TimingUser = new();

    // The lookups of every authenticated request, compiled once per DbContext type.
    private static readonly Func<TDbContext, string, CancellationToken, Task<Token?>> TokenByKey =
        EF.CompileAsyncQuery((TDbContext db, string key, CancellationToken ct) => db.Set<Token>().Include(t => t.User).FirstOrDefault(t => t.Key == key));

    private static readonly Func<TDbContext, int, CancellationToken, Task<User?>> UserById =
        EF.CompileAsyncQuery((TDbContext db, int id, CancellationToken ct) => db.Set<User>().FirstOrDefault(u => u.Id == id));

    private static readonly Func<TDbContext, string, CancellationToken, Task<User?>> UserByName =
        EF.CompileAsyncQuery((TDbContext db, string userName, CancellationToken ct) => db.Set<User>().FirstOrDefault(u => u.UserName == userName));
    private static string? _timingHash;

    /// <inheritdoc />
    public async ValueTask<User?> AuthenticateAsync(string userName, string password, CancellationToken cancellationToken = default)
    {
        var user = await UserByName(db, userName, cancellationToken);
        if (user is null || !string.Equals(user.UserName, userName, StringComparison.Ordinal) || IsUnusable(user.PasswordHash))
        {
            // Hash once anyway, so unknown users take as long as wrong passwords (Django's ModelBackend does the same).
            hasher.VerifyHashedPassword(TimingUser, _timingHash ??= hasher.HashPassword(TimingUser, "timing"), password);
            return null;
        }
        var result = hasher.VerifyHashedPassword(user, user.PasswordHash, password);
        if (result == PasswordVerificationResult.Failed || !user.IsActive)
        {
            return null;
        }
        if (result == PasswordVerificationResult.SuccessRehashNeeded)
        {
            user.PasswordHash = hasher.HashPassword(user, password);
            await db.SaveChangesAsync(cancellationToken);
        }
        return user;
    }

    /// <inheritdoc />
    public async ValueTask<Token?> FindTokenAsync(string key, CancellationToken cancellationToken = default)
    {
        var token = await TokenByKey(db, key, cancellationToken);
        return token is not null && CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(token.Key), Encoding.UTF8.GetBytes(key))
            ? token
            : null;
    }

    /// <inheritdoc />
    public async ValueTask<Token> GetOrCreateTokenAsync(User user, CancellationToken cancellationToken = default)
    {
        var existing = await db.Set<Token>().FirstOrDefaultAsync(t => t.UserId == user.Id, cancellationToken);
        if (existing is not null)
        {
            return existing;
        }
        var token = new Token { Key = Token.GenerateKey(), UserId = user.Id, Created = timeProvider.GetUtcNow().UtcDateTime };
        db.Set<Token>().Add(token);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            return token;
        }
        catch (DbUpdateException)
        {
            // Another request created the user's token first: use that one.
            db.Entry(token).State = EntityState.Detached;
            return await db.Set<Token>().FirstAsync(t => t.UserId == user.Id, cancellationToken);
        }
    }

    /// <inheritdoc />
    public async ValueTask<User?> FindUserAsync(int id, CancellationToken cancellationToken = default) => await UserById(db, id, cancellationToken);

    /// <inheritdoc />
    public async ValueTask<User> CreateUserAsync(string userName, string? password, string email = "", bool isStaff = false, CancellationToken cancellationToken = default)
    {
        var user = new User { UserName = userName.Normalize(System.Text.NormalizationForm.FormKC), Email = NormalizeEmail(email), IsStaff = isStaff, DateJoined = timeProvider.GetUtcNow().UtcDateTime };
        SetPassword(user, password);
        db.Set<User>().Add(user);
        await db.SaveChangesAsync(cancellationToken);
        return user;
    }

    /// <inheritdoc />
    public void SetPassword(User user, string? password) =>
        user.PasswordHash = password is null ? "!" + Token.GenerateKey() : hasher.HashPassword(user, password);

    /// <summary>Django's <c>BaseUserManager.normalize_email</c>: the domain part (after the last <c>@</c>) lower-cased.</summary>
    internal static string NormalizeEmail(string? email)
    {
        email ??= string.Empty;
        var trimmed = PythonText.Strip(email);
        var at = trimmed.LastIndexOf('@');
        return at < 0 ? email : trimmed[..at] + "@" + PythonText.Lower(trimmed[(at + 1)..]);
    }

    private static bool IsUnusable(string hash) => hash.StartsWith('!');
}
