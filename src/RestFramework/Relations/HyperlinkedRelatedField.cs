// Provides HyperlinkedRelatedField: a related entity as the absolute URL of its detail route.
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using RestFramework.Fields;
using RestFramework.Requests;
using RestFramework.Routers;
using RestFramework.Serializers;

namespace RestFramework.Relations;

/// <summary>DRF's <c>HyperlinkedRelatedField</c>: renders an absolute URL reversed from the route named <see cref="ViewName"/>; input URLs are resolved back to the entity.</summary>
/// <typeparam name="TEntity">The related entity type.</typeparam>
/// <remarks>Reversal goes through the request's versioning scheme (<c>PrepareReverse</c>/<c>CompleteReverse</c>). Needs <c>Request</c> in the serializer context.</remarks>
public class HyperlinkedRelatedField<TEntity>(string viewName) : RelatedField<TEntity>, IProjectableRelation
    where TEntity : class
{
    /// <summary>The route name of the detail endpoint (e.g. <c>book-detail</c>).</summary>
    public string ViewName { get; } = viewName;

    /// <summary>The entity property put in the URL. Defaults to <c>pk</c> (the primary key).</summary>
    public string LookupField { get; set; } = "pk";

    /// <summary>The route parameter name; defaults to <see cref="LookupField"/>.</summary>
    public string? LookupUrlKwarg { get; set; }

    private string UrlKwarg => LookupUrlKwarg ?? LookupField;

    /// <inheritdoc />
    protected override string? GetDefaultMessage(string key) => key switch
    {
        "no_match" => "Invalid hyperlink - No URL match.",
        "incorrect_match" => "Invalid hyperlink - Incorrect URL match.",
        "does_not_exist" => "Invalid hyperlink - Object does not exist.",
        "incorrect_type" => "Incorrect type. Expected URL string, received {data_type}.",
        _ => base.GetDefaultMessage(key),
    };

    private string LookupMember(Serializer? root) => LookupField == "pk"
        ? DbContextOf(root)?.Model.FindEntityType(typeof(TEntity))?.FindPrimaryKey()?.Properties[0].Name ?? "Id"
        : LookupField;

    /// <inheritdoc />
    protected override object? RepresentEntity(object entity, Serializer? root)
    {
        var request = root?.Context.Request
            ?? throw new InvalidOperationException($"`{GetType().Name.Split('`')[0]}` requires the request in the serializer context. Add `context={{'request': request}}` when instantiating the serializer.");
        return MemberAccess.TryGet(entity, LookupMember(root), out var lookup) ? RepresentProjected(lookup!, root) : null;
    }

    /// <inheritdoc />
    public string? ProjectedMember(Serializer? root) => LookupMember(root);

    /// <inheritdoc />
    public object? RepresentProjected(object value, Serializer? root)
    {
        var request = root?.Context.Request
            ?? throw new InvalidOperationException($"`{GetType().Name.Split('`')[0]}` requires the request in the serializer context. Add `context={{'request': request}}` when instantiating the serializer.");
        if (value is null or "" || (value is IConvertible c && value is not string && c.ToDouble(System.Globalization.CultureInfo.InvariantCulture) == 0))
        {
            return null;
        }
        return Reverse(request, ViewName, new RouteValueDictionary { [UrlKwarg] = value }, root?.Context.Format);
    }

    /// <summary>DRF's <c>reverse</c> with a request: an absolute URL through the versioning scheme, with the format suffix of the request and its <c>?format=</c> kept.</summary>
    public static string? Reverse(Request request, string viewName, RouteValueDictionary values, string? format = null)
    {
        try
        {
            return Urls.Reverse(viewName, values, request, format);
        }
        catch (NoReverseMatch)
        {
            throw new InvalidOperationException($"Could not resolve URL for hyperlinked relationship using view name \"{viewName}\". You may have failed to include the related model in your API, or incorrectly configured the `lookup_field` attribute on this field.");
        }
    }

    /// <inheritdoc />
    protected override Exceptions.ValidationError NullItemError() => Error("incorrect_type", ("data_type", "NoneType"));

    /// <inheritdoc />
    protected override TEntity ToEntity(JsonNode data, Serializer? root)
    {
        if (!JsonInput.TryGetString(data, out var text))
        {
            throw Error("incorrect_type", ("data_type", JsonInput.TypeName(data)));
        }
        var request = root?.Context.Request
            ?? throw new InvalidOperationException($"`{GetType().Name.Split('`')[0]}` requires the request in the serializer context.");
        var path = text.StartsWith("http:", StringComparison.Ordinal) || text.StartsWith("https:", StringComparison.Ordinal)
            ? (Uri.TryCreate(text, UriKind.Absolute, out var uri) ? uri.AbsolutePath : text)
            : text;
        var pathBase = request.HttpContext.Request.PathBase.Value;
        if (!string.IsNullOrEmpty(pathBase) && path.StartsWith(pathBase, StringComparison.Ordinal))
        {
            path = path[pathBase.Length..];
        }
        var match = RouteResolver.Resolve(request.HttpContext.RequestServices, Uri.UnescapeDataString(path)) ?? throw Error("no_match");
        var expected = request.VersioningScheme?.PrepareReverse(request, ViewName, []) ?? ViewName;
        if (match.Name != expected)
        {
            throw Error("incorrect_match");
        }
        if (!match.Values.TryGetValue(UrlKwarg, out var raw) || raw is null)
        {
            throw Error("does_not_exist");
        }
        var member = MemberAccess.Resolve(typeof(TEntity), LookupMember(root)) ?? throw Error("does_not_exist");
        var type = MemberAccess.TypeOf(member);
        object? value;
        try
        {
            value = Coercion.To(Convert.ToString(raw, System.Globalization.CultureInfo.InvariantCulture), Nullable.GetUnderlyingType(type) ?? type);
        }
        catch (Exception e) when (e is FormatException or OverflowException or InvalidCastException)
        {
            throw Error("does_not_exist");
        }
        return EntityLookup.Find(root?.Context ?? SerializerContext.Empty, GetQueryset(root), member.Name, type, value) ?? throw Error("does_not_exist");
    }
}
