// Provides HyperlinkedModelSerializer: a ModelSerializer whose identity and relations are hyperlinks.
namespace RestFramework.Serializers;

/// <summary>DRF's <c>HyperlinkedModelSerializer</c>: the default fields start with <c>url</c> (the <c>UrlFieldName</c> setting), a
/// <see cref="Relations.HyperlinkedIdentityField{TEntity}"/> to <c>&lt;model&gt;-detail</c>, instead of the key; relations link to <c>&lt;related&gt;-detail</c>.</summary>
/// <typeparam name="TEntity">The entity type.</typeparam>
public abstract class HyperlinkedModelSerializer<TEntity> : ModelSerializer<TEntity>
    where TEntity : class
{
    private protected sealed override bool Hyperlinked => true;
}
