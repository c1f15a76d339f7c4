// Provides the permission that admits authenticated users only.
using RestFramework.Requests;
using RestFramework.Views;

namespace RestFramework.Permissions;

/// <summary>Allows authenticated users only (DRF's <c>IsAuthenticated</c>).</summary>
public sealed class IsAuthenticated : BasePermission
{
    /// <inheritdoc />
    public override bool HasPermission(Request request, ApiView view) => request.User.IsAuthenticated;
}
