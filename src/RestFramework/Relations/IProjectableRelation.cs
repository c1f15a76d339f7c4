// Provides the contract that lets a relational field take part in a compiled SQL projection.
using RestFramework.Serializers;

namespace RestFramework.Relations;

/// <summary>A relation rendered from one member of the related entity (its key or slug), which a projection can fetch in SQL.</summary>
public interface IProjectableRelation
{
    /// <summary>Whether the field holds a list of related entities.</summary>
    bool Many { get; }

    /// <summary>The member of the related entity the representation needs, or null when it needs the whole entity.</summary>
    string? ProjectedMember(Serializer? root);

    /// <summary>Renders the projected member value (a key becomes itself, a URL, ...).</summary>
    object? RepresentProjected(object value, Serializer? root);
}
