// Provides the finding of the EF Core context that owns an entity type, among the contexts the app registered.
using System.Collections.Concurrent;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace RestFramework.Generics;

/// <summary>Resolves the <see cref="DbContext"/> of an entity: the view's declared type, else the one registered context whose model has the entity.</summary>
internal sealed class EntityContexts(IServiceCollection services)
{
    private readonly ConcurrentDictionary<Type, Type> _byEntity = new();

    public static DbContext Resolve(IServiceProvider provider, Type entity, Type? declared)
    {
        if (declared is not null)
        {
            return (DbContext)provider.GetRequiredService(declared);
        }
        var registry = provider.GetService<EntityContexts>()
            ?? throw new InvalidOperationException("Call services.AddRestFramework() to let generic views find their DbContext, or override DbContextType.");
        var type = registry._byEntity.GetOrAdd(entity, e => registry.Find(provider, e));
        return (DbContext)provider.GetRequiredService(type);
    }

    private static int Depth(Type type)
    {
        var depth = 0;
        for (var t = type; t is not null; t = t.BaseType)
        {
            depth++;
        }
        return depth;
    }

    private Type Find(IServiceProvider provider, Type entity)
    {
        var candidates = services
            .Select(d => d.ServiceType)
            .Where(t => typeof(DbContext).IsAssignableFrom(t) && t != typeof(DbContext))
            .Distinct()
            .Select(t => (Service: t, Context: (DbContext)provider.GetRequiredService(t)))
            .Where(c => c.Context.Model.FindEntityType(entity) is not null)
            // AddDbContext<TService, TImplementation> registers both types for one context: keep the service type.
            .GroupBy(c => c.Context.GetType())
            .Select(g => g.Select(c => c.Service).OrderBy(t => Depth(t)).First())
            .ToList();
        return candidates switch
        {
            [var only] => only,
            [] => throw new InvalidOperationException(
                $"No registered DbContext has the entity {entity.Name}; register one with AddDbContext, or override DbContextType on the view."),
            _ => throw new InvalidOperationException(
                $"Several DbContexts have the entity {entity.Name} ({string.Join(", ", candidates.Select(c => c.Name))}); override DbContextType on the view to choose."),
        };
    }
}
