// Provides the check of whether any permission of a view has an object-level rule, found once per permission type.
using System.Collections.Concurrent;
using System.Reflection;
using RestFramework.Permissions;

namespace RestFramework.Generics;

/// <summary>Whether object permissions must be checked: some permission overrides <see cref="BasePermission.HasObjectPermission"/> or is not a <see cref="BasePermission"/>.</summary>
/// <remarks>When none does, retrieve renders straight from the queryset in one projection, without loading the entity.</remarks>
internal static class ObjectPermissions
{
    private static readonly ConcurrentDictionary<Type, bool> Cache = new();

    public static bool Matter(IReadOnlyList<IPermission> permissions)
    {
        foreach (var permission in permissions)
        {
            if (Cache.GetOrAdd(permission.GetType(), HasObjectRule))
            {
                return true;
            }
        }
        return false;
    }

    private static bool HasObjectRule(Type type)
    {
        if (!typeof(BasePermission).IsAssignableFrom(type))
        {
            return true;
        }
        var method = type.GetMethod(nameof(BasePermission.HasObjectPermission), BindingFlags.Instance | BindingFlags.Public)!;
        return method.DeclaringType != typeof(BasePermission);
    }
}
