using RestFramework.Authentication;

namespace RestFramework.Tests.Authentication;

/// <summary>A user for tests: flags and permissions set per test.</summary>
public sealed class TestUser(object id, string userName = "alice", bool isStaff = false, bool isActive = true, params string[] permissions) : IUser
{
    public object? Id => id;

    public string UserName => userName;

    public bool IsAuthenticated => true;

    public bool IsStaff => isStaff;

    public bool IsActive => isActive;

    public HashSet<string> ObjectPermissions { get; } = [];

    public bool HasPermission(string permission) => permissions.Contains(permission);

    public bool HasPermission(string permission, object obj) => ObjectPermissions.Contains(permission);

    public static TestUser Staff() => new(2, "admin", isStaff: true);
}
