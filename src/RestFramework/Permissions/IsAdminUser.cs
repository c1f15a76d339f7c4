// Provides the permission that admits staff users only.
using RestFramework.Requests;
using RestFramework.Views;

namespace RestFramework.Permissions;

/// <summary>Allows staff users only (DRF's <c>IsAdminUser</c>, from <c>is_staff</c>).</summary>
public sealed class IsAdminUser : BasePermission
{
    /// <inheritdoc />
    public override bool HasPermission(Request request, ApiView view) => request.User.IsStaff;
}
