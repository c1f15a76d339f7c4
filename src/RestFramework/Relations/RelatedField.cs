// Provides RelatedField: the base of fields that point at other entities, with their queryset and many=True handling.
using System.Collections;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using RestFramework.Exceptions;
using RestFramework.Fields;
using RestFramework.Serializers;

namespace RestFramework.Relations;

/// <summary>DRF's <c>RelatedField</c>: input is looked up in <see cref="Queryset"/> (or the context's <c>DbSet</c>); <see cref="Many"/> makes it DRF's <c>ManyRelatedField</c>.</summary>
/// <typeparam name="TEntity">The related entity type.</typeparam>
public abstract class RelatedField<TEntity> : Field, IReadOnlyCapable
    where TEntity : class
{
    /// <summary>The entities input may refer to; null uses <c>Context.DbContext.Set&lt;TEntity&gt;()</c>.</summary>
    public Func<SerializerContext, IQueryable<TEntity>>? Queryset { get; set; }

    /// <inheritdoc />
    void IReadOnlyCapable.MakeReadOnly() => Queryset = null;

    /// <summary>Whether the field holds a list of related entities. Defaults to false.</summary>
    public bool Many { get; set; }

    /// <summary>With <see cref="Many"/>: whether an empty list is valid. Defaults to true.</summary>
    public bool AllowEmpty { get; set; } = true;

    /// <inheritdoc />
    protected override string? GetDefaultMessage(string key) => key switch
    {
        "not_a_list" => "Expected a list of items but got type \"{input_type}\".",
        "empty" => "This list may not be empty.",
        _ => base.GetDefaultMessage(key),
    };

    /// <inheritdoc />
    public override void Bind(string fieldName, Serializer? parent)
    {
        if (ReadOnly && Queryset is not null)
        {
            throw new InvalidOperationException("Relational fields should not provide a `queryset` argument, when setting read_only=`True`.");
        }
        base.Bind(fieldName, parent);
    }

    /// <summary>The queryset lookups run against (DRF's <c>get_queryset</c>); override to filter by the request.</summary>
    protected virtual IQueryable<TEntity> GetQueryset(Serializer? root)
    {
        var context = root?.Context ?? SerializerContext.Empty;
        return Queryset?.Invoke(context)
            ?? context.GetDbContext()?.Set<TEntity>()
            ?? throw new InvalidOperationException("Relational field must provide a `queryset` argument, override `get_queryset`, or set read_only=`True`.");
    }

    /// <summary>The database behind the queryset, for metadata such as the primary key.</summary>
    protected static DbContext? DbContextOf(Serializer? root) => root?.Context.GetDbContext();

    /// <inheritdoc />
    public override JsonNode? GetValue(JsonObject data, Serializer? root)
    {
        if (Many && root is not null && root.IsHtmlInput)
        {
            return !data.ContainsKey(FieldName) && root.Partial ? Empty : FormValues(root);
        }
        return base.GetValue(data, root);
    }

    private JsonArray FormValues(Serializer root)
    {
        var array = new JsonArray();
        if (root.Context.Request?.Form is { } form && form.TryGetValue(FieldName, out var values))
        {
            foreach (var value in values)
            {
                array.Add(JsonValue.Create(value));
            }
        }
        return array;
    }

    /// <inheritdoc />
    public override object? RunValidation(JsonNode? data, Serializer? root = null)
    {
        if (!Many && data is JsonValue && JsonInput.TryGetString(data, out var text) && text.Length == 0)
        {
            data = null;
        }
        return base.RunValidation(data, root);
    }

    /// <inheritdoc />
    protected sealed override object? ToInternalValue(JsonNode data, Serializer? root)
    {
        if (!Many)
        {
            return ToEntity(data, root);
        }
        if (data is not JsonArray items || JsonInput.Kind(data) == JsonValueKind.String)
        {
            throw Fail("not_a_list", ("input_type", JsonInput.TypeName(data)));
        }
        if (!AllowEmpty && items.Count == 0)
        {
            throw Fail("empty");
        }
        var result = new List<TEntity>(items.Count);
        foreach (var item in items)
        {
            result.Add(item is null ? throw NullItemError() : ToEntity(item, root));
        }
        return result;
    }

    /// <summary>The error for a null item of a many-relation (DRF looks <c>None</c> up and reports it missing).</summary>
    protected virtual Exceptions.ValidationError NullItemError() => Fail("null");

    /// <summary>Looks up one input value; throws through <see cref="Field.Fail"/>.</summary>
    protected abstract TEntity ToEntity(JsonNode data, Serializer? root);

    /// <summary>Renders one related entity.</summary>
    protected abstract object? RepresentEntity(object entity, Serializer? root);

    /// <inheritdoc />
    public override object? ToRepresentation(object value, Serializer? root)
    {
        if (!Many)
        {
            return RepresentEntity(value, root);
        }
        var result = new List<object?>();
        foreach (var item in (IEnumerable)value)
        {
            result.Add(item is null ? null : RepresentEntity(item, root));
        }
        return result;
    }

    /// <summary>Fails with a validation error of <paramref name="key"/> (helper for lookups).</summary>
    protected ValidationError Error(string key, params (string Name, object? Value)[] args) => Fail(key, args);
}
