// Provides the writer of projected rows: object arrays in field order written straight to Utf8JsonWriter.
using System.Collections;
using System.Text.Json;
using RestFramework.Fields;
using RestFramework.Relations;
using RestFramework.Renderers;

namespace RestFramework.Serializers;

/// <summary>Writes one projected row (an <c>object?[]</c> in readable-field order) as the serializer's JSON object.</summary>
internal sealed class RowWriter(RowWriter.Column[] columns)
{
    /// <summary>How one column is rendered.</summary>
    internal enum Kind
    {
        Value,
        Nested,
        NestedMany,
        Relation,
        RelationMany,
    }

    /// <summary>One rendered field.</summary>
    internal sealed record Column(JsonEncodedText Name, Field Field, Kind Kind, RowWriter? Nested);

    public void WriteRow(Utf8JsonWriter writer, object?[] row, Serializer root, JsonDataWriter data)
    {
        writer.WriteStartObject();
        for (var i = 0; i < columns.Length; i++)
        {
            var column = columns[i];
            writer.WritePropertyName(column.Name);
            var value = row[i];
            if (value is null)
            {
                writer.WriteNullValue();
                continue;
            }
            switch (column.Kind)
            {
                case Kind.Value:
                    column.Field.WriteRepresentation(writer, value, root, data);
                    break;
                case Kind.Nested:
                    column.Nested!.WriteRow(writer, (object?[])value, root, data);
                    break;
                case Kind.NestedMany:
                    writer.WriteStartArray();
                    foreach (var item in (IEnumerable)value)
                    {
                        column.Nested!.WriteRow(writer, (object?[])item!, root, data);
                    }
                    writer.WriteEndArray();
                    break;
                case Kind.Relation:
                    data.Write(writer, ((IProjectableRelation)column.Field).RepresentProjected(value, root));
                    break;
                case Kind.RelationMany:
                    writer.WriteStartArray();
                    foreach (var item in (IEnumerable)value)
                    {
                        data.Write(writer, item is null ? null : ((IProjectableRelation)column.Field).RepresentProjected(item, root));
                    }
                    writer.WriteEndArray();
                    break;
            }
        }
        writer.WriteEndObject();
    }
}
