// Provides the standard actions' behaviour (DRF's mixins): list, create, retrieve, update, partial update, destroy.
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore;
using RestFramework.Exceptions;
using RestFramework.Renderers;
using RestFramework.Requests;
using RestFramework.Responses;
using RestFramework.Serializers;

namespace RestFramework.Generics;

public abstract partial class GenericApiView<TEntity>
{
    /// <summary>DRF's <c>ListModelMixin.list</c>: the filtered queryset, one page of it when paginated, in one SQL query.</summary>
    protected override async ValueTask<Response> ListAsync(Request request)
    {
        var queryset = FilterQueryset(GetQueryset());
        var page = await PaginateQuerysetAsync(queryset);
        var data = await RenderManyAsync(GetSerializer(many: true), page ?? queryset);
        return page is null ? new Response(data) : GetPaginatedResponse(data);
    }

    /// <summary>DRF's <c>CreateModelMixin.create</c>: validate, <see cref="PerformCreateAsync"/>, then 201 with the saved object.</summary>
    protected override async ValueTask<Response> CreateAsync(Request request)
    {
        var serializer = GetInputSerializer(request.Data);
        serializer.IsValid(raiseException: true);
        await PerformCreateAsync(serializer);
        var data = await RenderSavedAsync(serializer);
        var response = new Response(data, StatusCodes.Status201Created);
        if (GetSuccessLocation(serializer, data) is { } location)
        {
            response.Headers.Location = location;
        }
        return response;
    }

    /// <summary>DRF's <c>RetrieveModelMixin.retrieve</c>: the object named by the URL.</summary>
    protected override async ValueTask<Response> RetrieveAsync(Request request)
    {
        var serializer = GetSerializer();
        if (ObjectPermissions.Matter(GetPermissions()) || serializer is not Serializer<TEntity> typed)
        {
            var entity = await GetObjectAsync();
            serializer.Instance = entity;
            return new Response(await RenderSavedAsync(serializer));
        }
        var data = await typed.RetrieveAsync(FilterQueryset(GetQueryset()).Where(LookupPredicate()), HttpContext.RequestAborted);
        return new Response(data ?? throw new NotFound());
    }

    /// <summary>DRF's <c>UpdateModelMixin.update</c> (PUT): validate every field, <see cref="PerformUpdateAsync"/>, then the saved object.</summary>
    protected override ValueTask<Response> UpdateAsync(Request request) => UpdateAsync(request, partial: false);

    /// <summary>DRF's <c>UpdateModelMixin.partial_update</c> (PATCH): as update, with missing fields left as they are.</summary>
    protected override ValueTask<Response> PartialUpdateAsync(Request request) => UpdateAsync(request, partial: true);

    /// <summary>DRF's <c>DestroyModelMixin.destroy</c>: <see cref="PerformDestroyAsync"/>, then 204.</summary>
    protected override async ValueTask<Response> DestroyAsync(Request request)
    {
        var entity = await GetObjectAsync();
        await PerformDestroyAsync(entity);
        return Response.Empty(StatusCodes.Status204NoContent);
    }

    /// <summary>Saves a new object (DRF's <c>perform_create</c>); override to add values, such as <c>serializer.SaveAsync(new Dictionary&lt;string, object?&gt; { ["user"] = Request.User })</c>.</summary>
    protected virtual async ValueTask PerformCreateAsync(Serializer serializer) => await serializer.SaveAsync(cancellationToken: HttpContext.RequestAborted);

    /// <summary>Saves an updated object (DRF's <c>perform_update</c>).</summary>
    protected virtual async ValueTask PerformUpdateAsync(Serializer serializer) => await serializer.SaveAsync(cancellationToken: HttpContext.RequestAborted);

    /// <summary>Deletes an object (DRF's <c>perform_destroy</c>); override to refuse, e.g. with a 409.</summary>
    protected virtual async ValueTask PerformDestroyAsync(TEntity instance)
    {
        Db.Remove(instance);
        await Db.SaveChangesAsync(HttpContext.RequestAborted);
    }

    private async ValueTask<Response> UpdateAsync(Request request, bool partial)
    {
        var entity = await GetObjectAsync();
        var serializer = GetInputSerializer(request.Data, entity, partial);
        serializer.IsValid(raiseException: true);
        await PerformUpdateAsync(serializer);
        return new Response(await RenderSavedAsync(serializer));
    }

    /// <summary>Renders a queryset with the serializer's compiled read path, or object by object when it is not a serializer of <typeparamref name="TEntity"/>.</summary>
    private async ValueTask<object?> RenderManyAsync(Serializer serializer, IQueryable<TEntity> queryset)
    {
        if (serializer is Serializer<TEntity> typed)
        {
            return await typed.ListAsync(queryset, HttpContext.RequestAborted);
        }
        serializer.Instance = await queryset.ToListAsync(HttpContext.RequestAborted);
        return serializer.Data;
    }

    /// <summary>
    /// Renders the saved instance: from memory, as DRF does, when every field reads a column or a foreign key; otherwise
    /// re-read by primary key through the compiled read path, so relations render as stored.
    /// </summary>
    private async ValueTask<object?> RenderSavedAsync(Serializer serializer)
    {
        if (InstanceRendering.IsExact(serializer, Db.Model.FindEntityType(typeof(TEntity))))
        {
            return serializer.Data;
        }
        if (serializer is Serializer<TEntity> typed && serializer.Instance is TEntity entity && KeyPredicate(entity) is { } byKey)
        {
            var rendered = await typed.RetrieveAsync(GetQueryset().Where(byKey), HttpContext.RequestAborted);
            if (rendered is not null)
            {
                return rendered;
            }
        }
        return serializer.Data;
    }

    private System.Linq.Expressions.Expression<Func<TEntity, bool>>? KeyPredicate(TEntity entity)
    {
        var key = Db.Model.FindEntityType(typeof(TEntity))?.FindPrimaryKey();
        if (key is not { Properties: [var property] } || property.PropertyInfo is null)
        {
            return null;
        }
        var value = property.PropertyInfo.GetValue(entity);
        return value is null ? null : Lookups.Equal<TEntity>(property.PropertyInfo, value);
    }

    /// <summary>DRF's <c>get_success_headers</c>: the <c>url</c> field of the saved object, when the serializer renders one.</summary>
    private string? GetSuccessLocation(Serializer serializer, object? data)
    {
        var urlField = Options.UrlFieldName;
        if (!serializer.Fields.ContainsKey(urlField) || data is null)
        {
            return null;
        }
        var node = data switch
        {
            IJsonWritable writable => JsonWritable.ToNode(writable, Options),
            JsonNode json => json,
            _ => null,
        };
        return node?[urlField]?.GetValueKind() == System.Text.Json.JsonValueKind.String ? node[urlField]!.GetValue<string>() : null;
    }
}
