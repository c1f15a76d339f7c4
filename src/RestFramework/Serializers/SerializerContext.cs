// Provides the serializer context: the request, the view, the format and the database a serializer works with.
using Microsoft.EntityFrameworkCore;
using RestFramework.Requests;
using RestFramework.Views;

namespace RestFramework.Serializers;

/// <summary>DRF's serializer <c>context</c>: what fields may need beyond the data (hyperlinks need the request, relations a database).</summary>
public sealed class SerializerContext
{
    /// <summary>An empty context.</summary>
    public static SerializerContext Empty { get; } = new();

    /// <summary>The current request; form input (HTML semantics) applies when its <see cref="Request.Form"/> is not null.</summary>
    public Request? Request { get; set; }

    /// <summary>The view handling the request.</summary>
    public ApiView? View { get; set; }

    /// <summary>The format suffix of the request, if any.</summary>
    public string? Format { get; set; }

    /// <summary>The database that model serializers, relations and unique validators query; falls back to the request's services.</summary>
    public DbContext? DbContext { get; set; }

    /// <summary>Entities loaded in advance for many serializers (an import of many rows); null (the default) queries each lookup.</summary>
    public Relations.PreloadedEntities? Preloaded { get; set; }

    /// <summary>Free-form extra values, as DRF's context dictionary.</summary>
    public IDictionary<string, object?> Items { get; set; } = new Dictionary<string, object?>();

    /// <summary>Returns <see cref="DbContext"/>, or the <paramref name="contextType"/> context registered in the request's services.</summary>
    public DbContext? GetDbContext(Type? contextType = null)
    {
        if (DbContext is not null)
        {
            return DbContext;
        }
        var services = Request?.HttpContext.RequestServices;
        return contextType is null || services is null ? null : services.GetService(contextType) as DbContext;
    }
}
