// Provides a user read from a claims principal, for authentication schemes without a user store.
using System.Security.Claims;

namespace RestFramework.Authentication;

/// <summary>A user built from claims: id from <c>user_id</c>, <c>sub</c> or the name identifier, name from <c>name</c> or <c>username</c>,
/// staff from <c>is_staff=true</c>, permissions from <c>permission</c> claims.</summary>
/// <param name="principal">The authenticated principal.</param>
public sealed class ClaimsUser(ClaimsPrincipal principal) : IUser
{
    /// <summary>The claim type of permissions.</summary>
    public const string PermissionClaim = "permission";

    /// <summary>The claim type of the staff flag.</summary>
    public const string StaffClaim = "is_staff";

    /// <summary>The principal.</summary>
    public ClaimsPrincipal Principal => principal;

    /// <inheritdoc />
    public object? Id => First("user_id", "sub", ClaimTypes.NameIdentifier);

    /// <inheritdoc />
    public string UserName => First(ClaimTypes.Name, "name", "username", "preferred_username") ?? string.Empty;

    /// <inheritdoc />
    public bool IsAuthenticated => true;

    /// <inheritdoc />
    public bool IsStaff => principal.HasClaim(c => c.Type == StaffClaim && string.Equals(c.Value, "true", StringComparison.OrdinalIgnoreCase));

    /// <inheritdoc />
    public bool IsActive => true;

    /// <inheritdoc />
    public bool HasPermission(string permission) => principal.HasClaim(PermissionClaim, permission);

    private string? First(params string[] types)
    {
        foreach (var type in types)
        {
            if (principal.FindFirst(type) is { } claim)
            {
                return claim.Value;
            }
        }
        return null;
    }
}
