// Provides the construction of policy classes (renderers, permissions, ...) from their types, with DI.
using System.Collections.Concurrent;
using Microsoft.Extensions.DependencyInjection;

namespace RestFramework.Views;

/// <summary>Builds policy instances with <see cref="ActivatorUtilities"/>, caching one factory per type.</summary>
internal static class PolicyFactory
{
    private static readonly ConcurrentDictionary<Type, ObjectFactory> Factories = new();

    public static T Create<T>(IServiceProvider services, Type type)
        where T : class
    {
        var factory = Factories.GetOrAdd(type, static t => ActivatorUtilities.CreateFactory(t, Type.EmptyTypes));
        return factory(services, null) as T
            ?? throw new InvalidOperationException($"{type.Name} does not implement {typeof(T).Name}; check the RestFramework settings or the view's policy types.");
    }
}
