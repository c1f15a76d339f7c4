// Provides what model permissions need to know about a view: its model and the model's app label.
namespace RestFramework.Permissions;

/// <summary>A view over one model; generic views implement it so that <see cref="ModelPermissions"/> can name the permissions.</summary>
public interface IModelView
{
    /// <summary>The model (entity) type of the view's queryset.</summary>
    Type ModelType { get; }

    /// <summary>The app label of the permission names, as in <c>{app_label}.add_{model_name}</c>.</summary>
    string AppLabel { get; }

    /// <summary>True to skip model permissions for this view (DRF's <c>_ignore_model_permissions</c>, used by the API root). Defaults to false.</summary>
    bool IgnoreModelPermissions => false;
}
