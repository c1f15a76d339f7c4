// Provides the options of a relation's select box: entities from its queryset, capped at DRF's HTML_SELECT_CUTOFF.
using System.Collections.Concurrent;
using System.Globalization;
using System.Reflection;
using Microsoft.EntityFrameworkCore;
using RestFramework.Fields;
using RestFramework.Relations;
using RestFramework.Serializers;

namespace RestFramework.BrowsableApi;

/// <summary>The choices of a related field, as DRF's <c>RelatedField.iter_options</c>: at most <see cref="Cutoff"/> entities.</summary>
internal static class RelationChoices
{
    /// <summary>DRF's <c>HTML_SELECT_CUTOFF</c>.</summary>
    public const int Cutoff = 1000;

    /// <summary>DRF's <c>HTML_SELECT_CUTOFF_TEXT</c>, formatted with the cutoff.</summary>
    public static readonly string CutoffText = string.Format(CultureInfo.InvariantCulture, "More than {0} items...", Cutoff);

    private delegate Task<IReadOnlyList<KeyValuePair<string, string>>> Loader(Field field, Serializer root, CancellationToken cancellationToken);

    private sealed record Access(Loader Load, Func<Field, bool> IsMany);

    private static readonly ConcurrentDictionary<Type, Access?> Accesses = new();

    /// <summary>Whether <paramref name="field"/> is a relation (a select box of entities).</summary>
    public static bool IsRelation(Field field) => AccessFor(field.GetType()) is not null;

    /// <summary>Whether the relation holds many entities (a multiple select).</summary>
    public static bool IsMany(Field field) => AccessFor(field.GetType())?.IsMany(field) is true;

    /// <summary>The (value, display) pairs of the field's queryset, in its order, at most <see cref="Cutoff"/>.</summary>
    public static Task<IReadOnlyList<KeyValuePair<string, string>>> LoadAsync(Field field, Serializer root, CancellationToken cancellationToken) =>
        AccessFor(field.GetType())!.Load(field, root, cancellationToken);

    private static Access? AccessFor(Type fieldType) => Accesses.GetOrAdd(fieldType, static type =>
    {
        for (var t = type; t is not null; t = t.BaseType)
        {
            if (t.IsGenericType && t.GetGenericTypeDefinition() == typeof(RelatedField<>))
            {
                var entity = t.GetGenericArguments()[0];
                var load = typeof(RelationChoices).GetMethod(nameof(Load), BindingFlags.NonPublic | BindingFlags.Static)!.MakeGenericMethod(entity);
                var many = typeof(RelationChoices).GetMethod(nameof(Many), BindingFlags.NonPublic | BindingFlags.Static)!.MakeGenericMethod(entity);
                return new Access(load.CreateDelegate<Loader>(), many.CreateDelegate<Func<Field, bool>>());
            }
        }
        return null;
    });

    private static bool Many<TEntity>(Field field)
        where TEntity : class => ((RelatedField<TEntity>)field).Many;

    private static async Task<IReadOnlyList<KeyValuePair<string, string>>> Load<TEntity>(Field field, Serializer root, CancellationToken cancellationToken)
        where TEntity : class
    {
        var relation = (RelatedField<TEntity>)field;
        var queryset = relation.Queryset?.Invoke(root.Context) ?? root.Context.GetDbContext()?.Set<TEntity>();
        if (queryset is null)
        {
            return [];
        }
        var entities = await queryset.Take(Cutoff).ToListAsync(cancellationToken);
        var choices = new List<KeyValuePair<string, string>>(entities.Count);
        var single = relation.Many ? CloneSingle(relation) : relation;
        foreach (var entity in entities)
        {
            var value = single.ToRepresentation(entity, root);
            choices.Add(new(FormValues.Text(value), entity.ToString() ?? string.Empty));
        }
        return choices;
    }

    // ToRepresentation of a many relation expects a list: represent each entity through a one-item list.
    private static Field CloneSingle<TEntity>(RelatedField<TEntity> relation)
        where TEntity : class => new ManyItem<TEntity>(relation);

    private sealed class ManyItem<TEntity>(RelatedField<TEntity> relation) : Field
        where TEntity : class
    {
        public override object? ToRepresentation(object value, Serializer? root) =>
            relation.ToRepresentation(new List<TEntity> { (TEntity)value }, root) is IList<object?> { Count: 1 } list ? list[0] : null;

        protected override object? ToInternalValue(System.Text.Json.Nodes.JsonNode data, Serializer? root) =>
            throw new InvalidOperationException("The browsable API represents relation choices with this field; it never parses input.");
    }
}
