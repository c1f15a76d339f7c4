// Provides model permissions: add, change and delete permissions per model, from the user's permission set.
using Microsoft.AspNetCore.Http;
using RestFramework.Exceptions;
using RestFramework.Requests;
using RestFramework.Views;

namespace RestFramework.Permissions;

/// <summary>
/// DRF's <c>DjangoModelPermissions</c>: the user must be authenticated and hold <c>{app_label}.add_{model}</c> for POST,
/// <c>change</c> for PUT and PATCH, <c>delete</c> for DELETE; GET, HEAD and OPTIONS need nothing.
/// </summary>
/// <remarks>The view must implement <see cref="IModelView"/>. Override <see cref="GetPermissionTemplates"/> to require <c>view_</c> permissions.</remarks>
public class ModelPermissions : BasePermission
{
    private static readonly string[] None = [];
    private static readonly string[] Add = ["{0}.add_{1}"];
    private static readonly string[] Change = ["{0}.change_{1}"];
    private static readonly string[] Delete = ["{0}.delete_{1}"];

    /// <summary>Whether anonymous users are refused even for safe methods. Defaults to true.</summary>
    protected virtual bool AuthenticatedUsersOnly => true;

    /// <inheritdoc />
    public override bool HasPermission(Request request, ApiView view)
    {
        var model = ModelView(view);
        if (model.IgnoreModelPermissions)
        {
            return true;
        }
        if (!request.User.IsAuthenticated && AuthenticatedUsersOnly)
        {
            return false;
        }
        foreach (var permission in GetRequiredPermissions(request.Method, model))
        {
            if (!request.User.HasPermission(permission))
            {
                return false;
            }
        }
        return true;
    }

    /// <summary>The permission names <paramref name="method"/> requires on the model of <paramref name="view"/>; 405 for unknown methods.</summary>
    public IEnumerable<string> GetRequiredPermissions(string method, IModelView view)
    {
        var modelName = view.ModelType.Name.ToLowerInvariant();
        foreach (var template in GetPermissionTemplates(method) ?? throw new MethodNotAllowed(method))
        {
            yield return string.Format(System.Globalization.CultureInfo.InvariantCulture, template, view.AppLabel, modelName);
        }
    }

    /// <summary>The templates (<c>{0}</c> app label, <c>{1}</c> model name) required for <paramref name="method"/>, or null for an unknown method.</summary>
    /// <remarks>Override it to change DRF's <c>perms_map</c>, for example to require <c>{0}.view_{1}</c> for GET.</remarks>
    protected virtual IReadOnlyList<string>? GetPermissionTemplates(string method) => method switch
    {
        _ when HttpMethods.IsGet(method) || HttpMethods.IsHead(method) || HttpMethods.IsOptions(method) => None,
        _ when HttpMethods.IsPost(method) => Add,
        _ when HttpMethods.IsPut(method) || HttpMethods.IsPatch(method) => Change,
        _ when HttpMethods.IsDelete(method) => Delete,
        _ => null,
    };

    /// <summary>The view as an <see cref="IModelView"/>, or an error naming the fix.</summary>
    protected IModelView ModelView(ApiView view) =>
        view as IModelView ?? throw new InvalidOperationException(
            $"Cannot apply {GetType().Name} on a view that does not implement IModelView ({view.GetType().Name} has no model).");
}
