// Provides PrimaryKeyRelatedField: a related entity as its primary key.
using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using RestFramework.Fields;
using RestFramework.Serializers;

namespace RestFramework.Relations;

/// <summary>DRF's <c>PrimaryKeyRelatedField</c>: renders the related entity's key; input is a key looked up in the queryset.</summary>
/// <typeparam name="TEntity">The related entity type.</typeparam>
public sealed class PrimaryKeyRelatedField<TEntity> : RelatedField<TEntity>, IProjectableRelation, IForeignKeyRelation
    where TEntity : class
{
    private KeyInfo? _key;

    /// <summary>The key property; defaults to the EF Core primary key (or <c>Id</c>).</summary>
    public string? KeyProperty { get; set; }

    /// <inheritdoc />
    protected override string? GetDefaultMessage(string key) => key switch
    {
        "does_not_exist" => "Invalid pk \"{pk_value}\" - object does not exist.",
        "incorrect_type" => "Incorrect type. Expected pk value, received {data_type}.",
        _ => base.GetDefaultMessage(key),
    };

    /// <summary>The foreign key property on the declaring entity (e.g. <c>AuthorId</c>), read when the navigation is not loaded (DRF's PK-only optimisation).</summary>
    public string? ForeignKey { get; set; }

    private KeyInfo Key(Serializer? root) => _key ??= ResolveKey(root);

    private KeyInfo ResolveKey(Serializer? root)
    {
        var name = KeyProperty ?? DbContextOf(root)?.Model.FindEntityType(typeof(TEntity))?.FindPrimaryKey()?.Properties[0].Name ?? "Id";
        var member = MemberAccess.Resolve(typeof(TEntity), name) ?? throw new InvalidOperationException($"`{typeof(TEntity).Name}` has no key property `{name}`.");
        return new KeyInfo(member.Name, MemberAccess.TypeOf(member));
    }

    /// <inheritdoc />
    public override object? GetAttribute(object instance, Serializer? root)
    {
        var value = base.GetAttribute(instance, root);
        if (value is null && !Many && ForeignKey is not null && SourceAttrs.Count == 1 && MemberAccess.TryGet(instance, ForeignKey, out var key))
        {
            return key;
        }
        return value;
    }

    private sealed record KeyInfo(string Name, Type Type);

    /// <inheritdoc />
    protected override Exceptions.ValidationError NullItemError() => Error("does_not_exist", ("pk_value", "None"));

    /// <inheritdoc />
    protected override TEntity ToEntity(JsonNode data, Serializer? root)
    {
        var (name, type) = Key(root);
        var key = ParseKey(data, Nullable.GetUnderlyingType(type) ?? type);
        return EntityLookup.Find(root?.Context ?? SerializerContext.Empty, GetQueryset(root), name, type, key)
            ?? throw Error("does_not_exist", ("pk_value", JsonInput.PythonStr(data)));
    }

    private object ParseKey(JsonNode data, Type type)
    {
        var kind = JsonInput.Kind(data);
        if (kind is JsonValueKind.String or JsonValueKind.Number)
        {
            var text = JsonInput.PythonStr(data).Trim();
            try
            {
                if (type == typeof(string))
                {
                    return text;
                }
                if (type == typeof(Guid))
                {
                    return Guid.Parse(text);
                }
                if (kind == JsonValueKind.Number && !JsonInput.IsIntegral(data))
                {
                    // Django's int(1.5) truncates.
                    text = Math.Truncate(double.Parse(text, CultureInfo.InvariantCulture)).ToString("0", CultureInfo.InvariantCulture);
                }
                return Convert.ChangeType(long.Parse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture), type, CultureInfo.InvariantCulture);
            }
            catch (OverflowException)
            {
                // A whole number beyond the key's type: no row has it (DRF's lookup raises a 500 there).
                throw Error("does_not_exist", ("pk_value", JsonInput.PythonStr(data)));
            }
            catch (Exception e) when (e is FormatException or InvalidCastException)
            {
            }
        }
        throw Error("incorrect_type", ("data_type", JsonInput.TypeName(data)));
    }

    /// <inheritdoc />
    protected override object? RepresentEntity(object entity, Serializer? root) =>
        entity is TEntity ? (MemberAccess.TryGet(entity, Key(root).Name, out var key) ? key : null) : entity;

    /// <inheritdoc />
    public string? ProjectedMember(Serializer? root) => Key(root).Name;

    /// <inheritdoc />
    public object? RepresentProjected(object value, Serializer? root) => value;
}
