// Provides the compiled read path of Serializer<T>: list and retrieve straight from an IQueryable in one SQL query.
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Query;
using RestFramework.Renderers;

namespace RestFramework.Serializers;

public abstract partial class Serializer<T>
{
    /// <summary>How this serializer reads querysets: <see cref="ReadPath.Projection"/> (one SQL projection of the rendered columns) or <see cref="ReadPath.PerObject"/>.</summary>
    public ReadPath ReadPath => Plan.Selector is null ? ReadPath.PerObject : ReadPath.Projection;

    /// <summary>Why the per-object path is taken (the first field that runs C# code), or null on the projection path.</summary>
    public string? ReadPathReason => Plan.Reason;

    private ProjectionPlan Plan => (ProjectionPlan)(Schema.Plan ??= ProjectionBuilder.Build(this, typeof(T)));

    /// <summary>Renders every object of <paramref name="queryable"/> (DRF's <c>many=True</c> representation of a queryset) in one SQL query.</summary>
    /// <returns>Data the JSON renderer writes directly; pass it to <c>new Response(...)</c> or a paginated envelope.</returns>
    public async Task<IJsonWritable> ListAsync(IQueryable<T> queryable, CancellationToken cancellationToken = default)
    {
        var plan = Plan;
        if (plan.Selector is { } selector)
        {
            var rows = queryable.Provider is IAsyncQueryProvider
                ? await EntityFrameworkQueryableExtensions.ToListAsync(queryable.Select((System.Linq.Expressions.Expression<Func<T, object?[]>>)selector), cancellationToken).ConfigureAwait(false)
                : [.. queryable.AsEnumerable().Select((Func<T, object?[]>)plan.Compiled)];
            return new RowsJson(this, plan.Writer!, rows);
        }
        var items = await ToListAsync(Include(queryable, plan).AsNoTracking(), cancellationToken).ConfigureAwait(false);
        return new ObjectsJson(this, items);
    }

    /// <summary>Renders the first object of <paramref name="queryable"/> (already filtered to one, e.g. by primary key), or null when there is none (a 404 for the view).</summary>
    public async Task<IJsonWritable?> RetrieveAsync(IQueryable<T> queryable, CancellationToken cancellationToken = default)
    {
        var plan = Plan;
        if (plan.Selector is { } selector)
        {
            var rows = await ToListAsync(queryable.Select((System.Linq.Expressions.Expression<Func<T, object?[]>>)selector).Take(1), cancellationToken).ConfigureAwait(false);
            return rows.Count == 0 ? null : new RowJson(this, plan.Writer!, rows[0]);
        }
        var items = await ToListAsync(Include(queryable, plan).AsNoTracking().Take(1), cancellationToken).ConfigureAwait(false);
        return items.Count == 0 ? null : new ObjectsJson(this, items, single: true);
    }

    private static IQueryable<T> Include(IQueryable<T> queryable, ProjectionPlan plan)
    {
        if (queryable.Provider is not IAsyncQueryProvider)
        {
            return queryable;
        }
        foreach (var path in plan.Includes)
        {
            queryable = queryable.Include(path);
        }
        return queryable;
    }

    private static async Task<List<TItem>> ToListAsync<TItem>(IQueryable<TItem> query, CancellationToken cancellationToken) =>
        query.Provider is IAsyncQueryProvider ? await EntityFrameworkQueryableExtensions.ToListAsync(query, cancellationToken).ConfigureAwait(false) : [.. query];

    private sealed class RowsJson(Serializer root, RowWriter writer, List<object?[]> rows) : IJsonWritable
    {
        public void WriteTo(Utf8JsonWriter json, JsonDataWriter data)
        {
            json.WriteStartArray();
            foreach (var row in rows)
            {
                writer.WriteRow(json, row, root, data);
            }
            json.WriteEndArray();
        }
    }

    private sealed class RowJson(Serializer root, RowWriter writer, object?[] row) : IJsonWritable
    {
        public void WriteTo(Utf8JsonWriter json, JsonDataWriter data) => writer.WriteRow(json, row, root, data);
    }

    private sealed class ObjectsJson(Serializer root, List<T> items, bool single = false) : IJsonWritable
    {
        public void WriteTo(Utf8JsonWriter json, JsonDataWriter data)
        {
            if (single || root.Many)
            {
                root.WriteRepresentation(json, single ? items[0] : items, root, data);
                return;
            }
            json.WriteStartArray();
            foreach (var item in items)
            {
                root.WriteRepresentation(json, item, root, data);
            }
            json.WriteEndArray();
        }
    }
}
