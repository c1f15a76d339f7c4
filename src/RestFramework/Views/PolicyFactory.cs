// Provides the construction of policy classes (renderers, permissions, ...) from their types, with DI.
using System.Collections.Concurrent;
using System.Linq.Expressions;
using Microsoft.Extensions.DependencyInjection;

namespace RestFramework.Views;

/// <summary>Builds policy instances: a compiled <c>new T()</c> for parameterless types, <see cref="ActivatorUtilities"/> otherwise; one factory per type.</summary>
internal static class PolicyFactory
{
    private static readonly ConcurrentDictionary<Type, Func<IServiceProvider, object>> Factories = new();

    public static T Create<T>(IServiceProvider services, Type type)
        where T : class
    {
        var factory = Factories.GetOrAdd(type, Build);
        return factory(services) as T
            ?? throw new InvalidOperationException($"{type.Name} does not implement {typeof(T).Name}; check the RestFramework settings or the view's policy types.");
    }

    private static Func<IServiceProvider, object> Build(Type type)
    {
        var constructors = type.GetConstructors();
        if (constructors is [{ } only] && only.GetParameters().Length == 0)
        {
            var create = Expression.Lambda<Func<object>>(Expression.Convert(Expression.New(only), typeof(object))).Compile();
            return _ => create();
        }
        var activate = ActivatorUtilities.CreateFactory(type, Type.EmptyTypes);
        return services => activate(services, null);
    }
}
