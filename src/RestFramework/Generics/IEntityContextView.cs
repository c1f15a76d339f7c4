// Provides a view's EF Core context without knowing its entity type.
using Microsoft.EntityFrameworkCore;

namespace RestFramework.Generics;

/// <summary>A view that knows the EF Core context of its entity (every <see cref="GenericApiView{TEntity}"/>).</summary>
internal interface IEntityContextView
{
    /// <summary>The context of this request.</summary>
    DbContext Db { get; }
}
