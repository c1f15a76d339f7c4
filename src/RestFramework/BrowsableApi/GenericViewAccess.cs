// Provides typed access to a generic view's serializer and object from the renderer, found once per view type.
using System.Collections.Concurrent;
using System.Reflection;
using RestFramework.Generics;
using RestFramework.Serializers;
using RestFramework.Views;

namespace RestFramework.BrowsableApi;

/// <summary>Calls <c>GetSerializer()</c> and <c>GetObjectAsync()</c> of a <see cref="GenericApiView{TEntity}"/> without knowing its entity type.</summary>
internal sealed class GenericViewAccess
{
    private static readonly ConcurrentDictionary<Type, GenericViewAccess?> Cache = new();

    private readonly Func<ApiView, Serializer> _getSerializer;
    private readonly Func<ApiView, ValueTask<object>> _getObject;

    private GenericViewAccess(Func<ApiView, Serializer> getSerializer, Func<ApiView, ValueTask<object>> getObject)
    {
        _getSerializer = getSerializer;
        _getObject = getObject;
    }

    /// <summary>The access for <paramref name="view"/>'s type, or null when it is not a generic view.</summary>
    public static GenericViewAccess? For(ApiView view) => Cache.GetOrAdd(view.GetType(), Build);

    public Serializer GetSerializer(ApiView view) => _getSerializer(view);

    public ValueTask<object> GetObjectAsync(ApiView view) => _getObject(view);

    private static GenericViewAccess? Build(Type viewType)
    {
        for (var type = viewType; type is not null; type = type.BaseType)
        {
            if (type.IsGenericType && type.GetGenericTypeDefinition() == typeof(GenericApiView<>))
            {
                var entity = type.GetGenericArguments()[0];
                var method = typeof(GenericViewAccess).GetMethod(nameof(Create), BindingFlags.NonPublic | BindingFlags.Static)!.MakeGenericMethod(entity);
                return (GenericViewAccess)method.Invoke(null, null)!;
            }
        }
        return null;
    }

    private static GenericViewAccess Create<TEntity>()
        where TEntity : class =>
        new(view => ((GenericApiView<TEntity>)view).GetSerializer(), async view => await ((GenericApiView<TEntity>)view).GetObjectAsync());
}
