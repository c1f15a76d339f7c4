// Provides the user abstraction the framework needs: identity, staff and active flags, permissions.
namespace RestFramework.Authentication;

/// <summary>The caller, as DRF sees Django's user: an id, a name, flags and permissions.</summary>
public interface IUser
{
    /// <summary>The primary key, or null for the anonymous user.</summary>
    object? Id { get; }

    /// <summary>The user name; empty for the anonymous user.</summary>
    string UserName { get; }

    /// <summary>True for every real user; false for <see cref="AnonymousUser"/>.</summary>
    bool IsAuthenticated { get; }

    /// <summary>True for staff (admin) users.</summary>
    bool IsStaff { get; }

    /// <summary>False for users who may not sign in.</summary>
    bool IsActive { get; }

    /// <summary>Whether the user holds <paramref name="permission"/>, such as <c>app.add_question</c>.</summary>
    bool HasPermission(string permission);

    /// <summary>Whether the user holds <paramref name="permission"/> on <paramref name="obj"/>. Defaults to false, as Django's model backend answers.</summary>
    bool HasPermission(string permission, object obj) => false;
}
