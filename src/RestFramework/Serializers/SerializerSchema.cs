// Provides the per-type cache of a serializer's bound fields and validate hooks (C#'s stand-in for DRF's metaclass).
using System.Collections.Concurrent;
using System.Linq.Expressions;
using System.Reflection;
using RestFramework.Fields;
using RestFramework.Validators;

namespace RestFramework.Serializers;

/// <summary>The fields of one serializer type, built once from its <c>Configure</c> and shared by every instance.</summary>
internal sealed class SerializerSchema
{
    private static readonly ConcurrentDictionary<Type, SerializerSchema> Cache = new();

    private SerializerSchema(Serializer prototype, FieldBuilder builder)
    {
        var fields = builder.Build();
        Fields = [.. fields.Values];
        foreach (var (name, field) in fields)
        {
            field.Bind(name, prototype);
        }
        Readable = [.. Fields.Where(f => !f.WriteOnly)];
        Writable = [.. Fields.Where(f => !f.ReadOnly)];
        ByName = fields;
        Validators = [.. builder.Validators];
        Hooks = Writable.Select(f => FindHook(prototype.GetType(), f.FieldName)).ToArray();
    }

    public Field[] Fields { get; }

    public Field[] Readable { get; }

    public Field[] Writable { get; }

    public IReadOnlyDictionary<string, Field> ByName { get; }

    public IValidator[] Validators { get; }

    /// <summary>The compiled read plan, built on first use.</summary>
    public object? Plan { get; set; }

    /// <summary>The <c>Validate&lt;Field&gt;</c> hook of each writable field (same index), or null.</summary>
    public Func<Serializer, object?, object?>?[] Hooks { get; }

    public static SerializerSchema For(Serializer serializer) => Cache.GetOrAdd(serializer.GetType(), static (type, s) =>
    {
        var prototype = CreatePrototype(type) ?? s;
        var context = prototype.Context;
        prototype.Context = s.Context;
        try
        {
            var builder = new FieldBuilder();
            prototype.RunConfigure(builder);
            return new SerializerSchema(prototype, builder);
        }
        finally
        {
            prototype.Context = context;
        }
    }, serializer);

    private static Serializer? CreatePrototype(Type type)
    {
        try
        {
            return type.GetConstructor(BindingFlags.Instance | BindingFlags.Public | BindingFlags.NonPublic, Type.EmptyTypes) is null
                ? null
                : (Serializer)Activator.CreateInstance(type, nonPublic: true)!;
        }
        catch (TargetInvocationException)
        {
            return null;
        }
    }

    private static Func<Serializer, object?, object?>? FindHook(Type type, string fieldName)
    {
        var name = "Validate" + string.Concat(fieldName.Split('_').Select(p => p.Length == 0 ? p : char.ToUpperInvariant(p[0]) + p[1..]));
        var method = type.GetMethods(BindingFlags.Instance | BindingFlags.Public | BindingFlags.NonPublic)
            .FirstOrDefault(m => m.Name == name && m.GetParameters().Length == 1 && m.ReturnType != typeof(void));
        if (method is null)
        {
            return null;
        }
        var self = Expression.Parameter(typeof(Serializer));
        var value = Expression.Parameter(typeof(object));
        var parameterType = method.GetParameters()[0].ParameterType;
        var call = Expression.Call(Expression.Convert(self, type), method,
            Expression.Convert(Expression.Call(typeof(Coercion).GetMethod(nameof(Coercion.To))!, value, Expression.Constant(parameterType)), parameterType));
        return Expression.Lambda<Func<Serializer, object?, object?>>(Expression.Convert(call, typeof(object)), self, value).Compile();
    }
}
