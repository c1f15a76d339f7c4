// Provides the representation half of Field: get_attribute over the source path and to_representation.
using System.Text.Json;
using RestFramework.Renderers;
using RestFramework.Serializers;

namespace RestFramework.Fields;

public abstract partial class Field
{
    private CachedGetter?[] _getters = [];

    /// <summary>Reads the value this field renders from <paramref name="instance"/> by walking <see cref="SourceAttrs"/> (DRF's <c>get_attribute</c>).</summary>
    /// <remarks>A null object on the path gives the default, null, or skips an optional field. A missing attribute gives the default, null when <see cref="AllowNull"/>, skips an optional field, or throws.</remarks>
    public virtual object? GetAttribute(object instance, Serializer? root)
    {
        object? current = instance;
        var attrs = SourceAttrs;
        for (var i = 0; i < attrs.Count; i++)
        {
            var attr = attrs[i];
            if (current is not null)
            {
                // Monomorphic cache: one compiled getter per path segment, for the last (non-dictionary) type seen.
                var cached = _getters[i];
                var type = current.GetType();
                if (cached is null || cached.Type != type)
                {
                    var getter = current is System.Collections.IDictionary or IDictionary<string, object?> ? null : MemberAccess.Getter(type, attr);
                    cached = new CachedGetter(type, getter);
                    _getters[i] = cached;
                }
                if (cached.Getter is not null)
                {
                    current = cached.Getter(current);
                    continue;
                }
            }
            if (current is null)
            {
                // DRF gets an AttributeError on None: default, null, or skip an optional field.
                return HasDefault ? GetDefault(root) : AllowNull || IsRequired ? null : throw new SkipField();
            }
            if (!MemberAccess.TryGet(current, attr, out current))
            {
                if (HasDefault)
                {
                    return GetDefault(root);
                }
                if (AllowNull)
                {
                    return null;
                }
                if (!IsRequired)
                {
                    throw new SkipField();
                }
                throw new InvalidOperationException(
                    $"Got AttributeError when attempting to get a value for field `{FieldName}` on serializer `{Parent?.GetType().Name}`.\n"
                    + $"The serializer field might be named incorrectly and not match any attribute or key on the `{instance.GetType().Name}` instance.\n"
                    + $"Original exception text was: '{instance.GetType().Name}' object has no attribute '{attr}'.");
            }
        }
        return current;
    }

    private sealed record CachedGetter(Type Type, Func<object, object?>? Getter);

    /// <summary>Turns a non-null native value into its primitive representation (string, number, bool, list, dictionary).</summary>
    public abstract object? ToRepresentation(object value, Serializer? root);

    /// <summary>Writes the representation of a non-null native value straight to JSON; override to skip the intermediate value.</summary>
    public virtual void WriteRepresentation(Utf8JsonWriter writer, object value, Serializer? root, JsonDataWriter data) =>
        data.Write(writer, ToRepresentation(value, root));
}
