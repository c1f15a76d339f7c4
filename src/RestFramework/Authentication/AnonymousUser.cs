// Provides the user of a request that no authentication class recognised.
namespace RestFramework.Authentication;

/// <summary>The unauthenticated user (DRF's <c>UNAUTHENTICATED_USER</c>).</summary>
public sealed class AnonymousUser : IUser
{
    private AnonymousUser()
    {
    }

    /// <summary>The one instance.</summary>
    public static AnonymousUser Instance { get; } = new();

    /// <inheritdoc />
    public object? Id => null;

    /// <inheritdoc />
    public string UserName => string.Empty;

    /// <inheritdoc />
    public bool IsAuthenticated => false;

    /// <inheritdoc />
    public bool IsStaff => false;

    /// <inheritdoc />
    public bool IsActive => false;

    /// <inheritdoc />
    public bool HasPermission(string permission) => false;
}
