// Provides the default user entity: Django's auth user (username, email, password hash, flags, permissions) for EF Core.
namespace RestFramework.Authentication;

/// <summary>The user entity of the built-in authentication; add it to an app's DbContext with <c>modelBuilder.AddRestFrameworkAuth()</c>.</summary>
/// <remarks>Passwords are hashed with ASP.NET Core Identity's <c>PasswordHasher</c>; set them through <see cref="IUserStore"/>.</remarks>
public class User : IUser
{
    /// <summary>The maximum length of <see cref="UserName"/>, as Django's.</summary>
    public const int UserNameMaxLength = 150;

    /// <summary>The primary key.</summary>
    public int Id { get; set; }

    /// <summary>The unique user name, at most 150 characters.</summary>
    public string UserName { get; set; } = string.Empty;

    /// <summary>The email address; may be empty.</summary>
    public string Email { get; set; } = string.Empty;

    /// <summary>The password hash (Identity's format); an unusable password starts with <c>!</c>. Never rendered.</summary>
    public string PasswordHash { get; set; } = "!";

    /// <summary>Whether the user may use the admin; what <c>IsAdminUser</c> checks.</summary>
    public bool IsStaff { get; set; }

    /// <summary>Whether the user may sign in. Defaults to true.</summary>
    public bool IsActive { get; set; } = true;

    /// <summary>Whether the user holds every permission (while active).</summary>
    public bool IsSuperuser { get; set; }

    /// <summary>When the user was created.</summary>
    public DateTime DateJoined { get; set; }

    /// <summary>The permissions held, such as <c>quiz.add_question</c>.</summary>
    public List<string> Permissions { get; set; } = [];

    /// <inheritdoc />
    object? IUser.Id => Id;

    /// <inheritdoc />
    public bool IsAuthenticated => true;

    /// <inheritdoc />
    /// <remarks>As Django: inactive users hold nothing; active superusers hold everything.</remarks>
    public bool HasPermission(string permission) => IsActive && (IsSuperuser || Permissions.Contains(permission));

    /// <inheritdoc />
    /// <remarks>Only active superusers hold permissions on objects, as with Django's model backend.</remarks>
    public bool HasPermission(string permission, object obj) => IsActive && IsSuperuser;
}
