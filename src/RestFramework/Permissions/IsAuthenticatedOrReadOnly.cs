// Provides the permission that admits anyone to read and authenticated users to write.
using RestFramework.Requests;
using RestFramework.Views;

namespace RestFramework.Permissions;

/// <summary>Allows safe methods (GET, HEAD, OPTIONS) to anyone and other methods to authenticated users.</summary>
public sealed class IsAuthenticatedOrReadOnly : BasePermission
{
    /// <inheritdoc />
    public override bool HasPermission(Request request, ApiView view) =>
        IsSafeMethod(request.Method) || request.User.IsAuthenticated;
}
