// Provides HyperlinkedIdentityField: the URL of the object itself (the "url" field).
namespace RestFramework.Relations;

/// <summary>DRF's <c>HyperlinkedIdentityField</c>: read-only, <c>source="*"</c>, renders the object's own detail URL.</summary>
/// <typeparam name="TEntity">The entity type.</typeparam>
public sealed class HyperlinkedIdentityField<TEntity> : HyperlinkedRelatedField<TEntity>
    where TEntity : class
{
    /// <summary>Creates the field for the route named <paramref name="viewName"/>.</summary>
    public HyperlinkedIdentityField(string viewName)
        : base(viewName)
    {
        ReadOnly = true;
        Source = "*";
    }
}
