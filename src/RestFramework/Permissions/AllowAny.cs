// Provides the permission that lets every request through.
namespace RestFramework.Permissions;

/// <summary>Allows every request, authenticated or not. The default permission.</summary>
public sealed class AllowAny : BasePermission;
