// Provides SlugRelatedField: a related entity as one of its unique text fields.
using System.Text.Json;
using System.Text.Json.Nodes;
using RestFramework.Fields;
using RestFramework.Serializers;

namespace RestFramework.Relations;

/// <summary>DRF's <c>SlugRelatedField</c>: renders and looks up the related entity by <paramref name="slugField"/> (a property name such as <c>name</c>).</summary>
/// <typeparam name="TEntity">The related entity type.</typeparam>
public sealed class SlugRelatedField<TEntity>(string slugField) : RelatedField<TEntity>, IProjectableRelation
    where TEntity : class
{
    private readonly System.Reflection.MemberInfo _member = MemberAccess.Resolve(typeof(TEntity), slugField)
        ?? throw new InvalidOperationException($"`{typeof(TEntity).Name}` has no member `{slugField}`.");

    /// <summary>The slug field name.</summary>
    public string SlugField { get; } = slugField;

    /// <inheritdoc />
    protected override string? GetDefaultMessage(string key) => key switch
    {
        "does_not_exist" => "Object with {slug_name}={value} does not exist.",
        "invalid" => "Invalid value.",
        _ => base.GetDefaultMessage(key),
    };

    /// <inheritdoc />
    protected override Exceptions.ValidationError NullItemError() => Error("does_not_exist", ("slug_name", SlugField), ("value", "None"));

    /// <inheritdoc />
    protected override TEntity ToEntity(JsonNode data, Serializer? root)
    {
        var type = MemberAccess.TypeOf(_member);
        // Django turns any value into text for a text field (str(['a']) is "['a']"); other fields refuse lists, dicts and booleans.
        if (type != typeof(string) && JsonInput.Kind(data) is not (JsonValueKind.String or JsonValueKind.Number))
        {
            throw Error("invalid");
        }
        var text = JsonInput.PythonStr(data);
        object value;
        try
        {
            value = Coercion.To(text, type)!;
        }
        catch (FormatException)
        {
            throw Error("invalid");
        }
        return EntityLookup.Find(root?.Context ?? SerializerContext.Empty, GetQueryset(root), _member.Name, type, value)
            ?? throw Error("does_not_exist", ("slug_name", SlugField), ("value", text));
    }

    /// <inheritdoc />
    protected override object? RepresentEntity(object entity, Serializer? root) =>
        MemberAccess.TryGet(entity, _member.Name, out var slug) ? slug : null;

    /// <inheritdoc />
    public string? ProjectedMember(Serializer? root) => _member.Name;

    /// <inheritdoc />
    public object? RepresentProjected(object value, Serializer? root) => value;
}
