// Provides per-object model permissions: 404 for objects the user may not read, 403 for objects they may only read.
using RestFramework.Exceptions;
using RestFramework.Requests;
using RestFramework.Views;

namespace RestFramework.Permissions;

/// <summary>
/// DRF's <c>DjangoObjectPermissions</c>: <see cref="ModelPermissions"/> plus the same permissions on the object, checked with
/// <c>IUser.HasPermission(permission, obj)</c>.
/// </summary>
/// <remarks>A refused safe method, or a refused unsafe method by a user without read permission on the object, is a 404 (Not found.).</remarks>
public class ObjectPermissions : ModelPermissions
{
    /// <inheritdoc />
    public override bool HasObjectPermission(Request request, ApiView view, object obj)
    {
        var model = ModelView(view);
        if (HasAll(request, GetRequiredPermissions(request.Method, model), obj))
        {
            return true;
        }
        if (IsSafeMethod(request.Method) || !HasAll(request, GetRequiredPermissions("GET", model), obj))
        {
            throw new NotFound();
        }
        return false;
    }

    private static bool HasAll(Request request, IEnumerable<string> permissions, object obj)
    {
        foreach (var permission in permissions)
        {
            if (!request.User.HasPermission(permission, obj))
            {
                return false;
            }
        }
        return true;
    }
}
