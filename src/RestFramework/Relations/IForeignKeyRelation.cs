// Provides the view of a primary-key relation that renders from its foreign key when the navigation is not loaded.
namespace RestFramework.Relations;

/// <summary>A relation that can render from the entity's own foreign key (<see cref="PrimaryKeyRelatedField{TEntity}"/>).</summary>
internal interface IForeignKeyRelation
{
    /// <summary>Whether it renders a list.</summary>
    bool Many { get; }

    /// <summary>The foreign-key property it falls back to, or null.</summary>
    string? ForeignKey { get; }
}
