// Provides the serializer side of GenericApiView: the serializer class, its context and construction.
using System.Collections.Concurrent;
using System.Linq.Expressions;
using System.Text.Json.Nodes;
using RestFramework.Fields;
using RestFramework.Serializers;

namespace RestFramework.Generics;

public abstract partial class GenericApiView<TEntity>
{
    private static readonly ConcurrentDictionary<Type, Func<Serializer>> Constructors = new();

    /// <summary>The serializer class for this request (DRF's <c>get_serializer_class</c>): the extra action's, else <see cref="SerializerType"/>.</summary>
    /// <remarks>Override to choose by <c>Action</c> or <c>Request.Version</c>.</remarks>
    public virtual Type GetSerializerType() =>
        ActionSerializerType ?? SerializerType
        ?? throw new InvalidOperationException($"'{GetType().Name}' should either include a `SerializerType` property, or override the `GetSerializerType()` method.");

    /// <summary>The context given to serializers (DRF's <c>get_serializer_context</c>): the request, the view, the format and the database.</summary>
    public virtual SerializerContext GetSerializerContext() => new()
    {
        Request = Request,
        View = this,
        Format = FormatKwarg,
        DbContext = Db,
    };

    /// <summary>A serializer of <see cref="GetSerializerType"/> with this view's context (DRF's <c>get_serializer</c>).</summary>
    /// <param name="instance">The object to render or update.</param>
    /// <param name="data">The input to validate; <see cref="Field.Empty"/> for none.</param>
    /// <param name="partial">Whether missing fields are allowed (PATCH).</param>
    /// <param name="many">Whether it handles a list.</param>
    /// <returns>The serializer.</returns>
    public virtual Serializer GetSerializer(object? instance = null, JsonNode? data = null, bool partial = false, bool many = false)
    {
        var type = GetSerializerType();
        var construct = Constructors.GetOrAdd(type, Compile);
        var serializer = construct();
        serializer.Instance = instance;
        serializer.InitialData = data ?? Field.Empty;
        serializer.Partial = partial;
        serializer.Many = many;
        serializer.Context = GetSerializerContext();
        return serializer;
    }

    /// <summary>DRF's <c>get_serializer(instance, data=request.data, partial=...)</c>: <see cref="GetSerializer"/> whose input is
    /// <paramref name="data"/> even when it is null (a JSON <c>null</c> body, which fails with "No data provided").</summary>
    /// <param name="data">The request's data.</param>
    /// <param name="instance">The object to update, or null.</param>
    /// <param name="partial">Whether missing fields are allowed (PATCH).</param>
    /// <returns>The serializer.</returns>
    public Serializer GetInputSerializer(JsonNode? data, object? instance = null, bool partial = false)
    {
        var serializer = GetSerializer(instance, data, partial);
        serializer.InitialData = data;
        return serializer;
    }

    private static Func<Serializer> Compile(Type type)
    {
        if (!typeof(Serializer).IsAssignableFrom(type) || type.IsAbstract || type.GetConstructor(Type.EmptyTypes) is not { } constructor)
        {
            throw new InvalidOperationException($"{type.Name} must be a concrete Serializer with a parameterless constructor to serve a generic view.");
        }
        return Expression.Lambda<Func<Serializer>>(Expression.New(constructor)).Compile();
    }
}
