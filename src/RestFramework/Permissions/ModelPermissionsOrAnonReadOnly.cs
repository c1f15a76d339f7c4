// Provides model permissions that also let anonymous users read.
namespace RestFramework.Permissions;

/// <summary>DRF's <c>DjangoModelPermissionsOrAnonReadOnly</c>: <see cref="ModelPermissions"/>, with safe methods open to anonymous users.</summary>
public sealed class ModelPermissionsOrAnonReadOnly : ModelPermissions
{
    /// <inheritdoc />
    protected override bool AuthenticatedUsersOnly => false;
}
