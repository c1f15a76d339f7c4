// Provides SerializerMethodField: a read-only value computed by a Get<Name>(instance) method of the serializer.
using System.Linq.Expressions;
using System.Reflection;
using System.Text.Json.Nodes;
using RestFramework.Serializers;

namespace RestFramework.Fields;

/// <summary>DRF's <c>SerializerMethodField</c>: calls the parent serializer's <c>Get&lt;FieldName&gt;(instance)</c> (or <see cref="MethodName"/>).</summary>
/// <remarks>Arbitrary C#: a serializer with such a field renders querysets per object. Use <see cref="ExpressionField{T, TResult}"/> for values SQL can compute.</remarks>
public sealed class SerializerMethodField : Field
{
    private Func<Serializer, object, object?>? _method;

    /// <summary>Creates the field.</summary>
    public SerializerMethodField()
    {
        ReadOnly = true;
        Source = "*";
    }

    /// <summary>The method to call; defaults to <c>Get</c> + the PascalCase field name (<c>full_name</c> → <c>GetFullName</c>).</summary>
    public string? MethodName { get; set; }

    /// <inheritdoc />
    public override void Bind(string fieldName, Serializer? parent)
    {
        base.Bind(fieldName, parent);
        if (parent is null)
        {
            return;
        }
        var name = MethodName is null ? "Get" + Naming.PascalCase(fieldName) : Naming.PascalCase(MethodName);
        var type = parent.GetType();
        var method = type.GetMethods(BindingFlags.Instance | BindingFlags.Public | BindingFlags.NonPublic)
            .FirstOrDefault(m => m.Name == name && m.GetParameters().Length == 1)
            ?? throw new InvalidOperationException($"SerializerMethodField `{fieldName}` on `{type.Name}` needs a method `{name}(instance)`.");
        var self = Expression.Parameter(typeof(Serializer));
        var instance = Expression.Parameter(typeof(object));
        var call = Expression.Call(Expression.Convert(self, type), method, Expression.Convert(instance, method.GetParameters()[0].ParameterType));
        _method = Expression.Lambda<Func<Serializer, object, object?>>(Expression.Convert(call, typeof(object)), self, instance).Compile();
    }

    /// <inheritdoc />
    protected override object? ToInternalValue(JsonNode data, Serializer? root) => data;

    /// <inheritdoc />
    public override object? ToRepresentation(object value, Serializer? root)
    {
        var owner = root is not null && root.GetType() == Parent?.GetType() ? root : Parent!;
        return _method!(owner, value);
    }
}
