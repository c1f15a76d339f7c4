using RestFramework.Authentication;

namespace RestFramework.Tests.Support;

/// <summary>A user for tests.</summary>
public sealed record TestUser(object? Id, string UserName, bool IsStaff = false, bool IsActive = true, params string[] Permissions) : IUser
{
    public bool IsAuthenticated => true;

    public bool HasPermission(string permission) => IsActive && (IsStaff || Permissions.Contains(permission));
}
