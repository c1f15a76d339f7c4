// Provides the check that a saved object renders the same from memory as from the database, as DRF renders it.
using System.Runtime.CompilerServices;
using Microsoft.EntityFrameworkCore.Metadata;
using RestFramework.Fields;
using RestFramework.Relations;
using RestFramework.Serializers;

namespace RestFramework.Generics;

/// <summary>
/// Whether a serializer's representation of a just-saved object can be read from the object itself (no SELECT, as DRF's
/// <c>serializer.data</c>): every rendered field is a scalar column of the entity, or a primary-key relation read from its
/// foreign key. Nested serializers, other relations, method fields, dotted sources and date/time fields (whose stored
/// precision differs by database) are rendered from a re-read instead.
/// </summary>
internal static class InstanceRendering
{
    private static readonly ConditionalWeakTable<SerializerSchema, StrongBox<bool>> Decisions = new();

    /// <summary>Whether <paramref name="serializer"/> renders an <paramref name="entity"/> exactly from memory; decided once per serializer type.</summary>
    public static bool IsExact(Serializer serializer, IEntityType? entity) =>
        entity is not null && Decisions.GetValue(serializer.Schema, _ => new StrongBox<bool>(Decide(serializer, entity))).Value;

    private static bool Decide(Serializer serializer, IEntityType entity)
    {
        foreach (var field in serializer.Fields.Values)
        {
            if (field.WriteOnly)
            {
                continue;
            }
            if (field.SourceAttrs.Count != 1)
            {
                return false;
            }
            var exact = field switch
            {
                IForeignKeyRelation relation => !relation.Many && relation.ForeignKey is not null,
                BooleanField or CharField or ChoiceField or IntegerField or FloatField or DecimalField or UuidField or ReadOnlyField =>
                    MemberAccess.Resolve(entity.ClrType, field.SourceAttrs[0]) is { } member
                    && entity.FindProperty(member.Name) is { } property && !property.IsShadowProperty(),
                _ => false,
            };
            if (!exact)
            {
                return false;
            }
        }
        return true;
    }
}
