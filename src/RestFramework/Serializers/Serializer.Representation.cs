// Provides the representation of Serializer: .data, to_representation over readable fields, and direct JSON writing.
using System.Collections;
using System.Text.Json;
using System.Text.Json.Nodes;
using RestFramework.Fields;
using RestFramework.Renderers;

namespace RestFramework.Serializers;

public abstract partial class Serializer
{
    private object? _data;

    /// <summary>DRF's <c>.data</c>: the representation of <see cref="Instance"/>, else of the validated data, else the initial input.</summary>
    /// <remarks>An ordered dictionary (a list with <see cref="Many"/>). With <see cref="InitialData"/>, <see cref="IsValid"/> must run first.</remarks>
    public object? Data
    {
        get
        {
            if (!ReferenceEquals(InitialData, Empty) && _errors is null)
            {
                throw new InvalidOperationException(
                    "When a serializer is passed a `data` keyword argument you must call `.is_valid()` before attempting to access the serialized `.data` representation.\n"
                    + "You should either call `.is_valid()` first, or access `.initial_data` instead.");
            }
            if (_data is null)
            {
                if (Instance is not null && !HasErrors)
                {
                    _data = ToRepresentation(Instance, this);
                }
                else if (_validated is not null && !HasErrors)
                {
                    _data = ToRepresentation(_validated, this);
                }
                else
                {
                    _data = GetInitial();
                }
            }
            return _data;
        }
    }

    private object? GetInitial()
    {
        if (Many)
        {
            return InitialData is JsonArray ? InitialData : new List<object?>();
        }
        var initial = new OrderedDictionary<string, object?>();
        if (InitialData is JsonObject map)
        {
            foreach (var field in Schema.Writable)
            {
                var value = field.GetValue(map, this);
                if (!ReferenceEquals(value, Empty))
                {
                    initial[field.FieldName] = value;
                }
            }
        }
        return initial;
    }

    /// <inheritdoc />
    public override object? ToRepresentation(object value, Serializer? root)
    {
        if (Many)
        {
            var items = new List<object?>();
            foreach (var item in (IEnumerable)value)
            {
                items.Add(item is null ? null : RepresentOne(item, root));
            }
            return items;
        }
        return RepresentOne(value, root);
    }

    private OrderedDictionary<string, object?> RepresentOne(object instance, Serializer? root)
    {
        var fields = Schema.Readable;
        var result = new OrderedDictionary<string, object?>(fields.Length);
        foreach (var field in fields)
        {
            object? attribute;
            try
            {
                attribute = field.GetAttribute(instance, root);
            }
            catch (SkipField)
            {
                continue;
            }
            result[field.FieldName] = attribute is null ? null : field.ToRepresentation(attribute, root);
        }
        return result;
    }

    /// <inheritdoc />
    public override void WriteRepresentation(Utf8JsonWriter writer, object value, Serializer? root, JsonDataWriter data)
    {
        if (Many)
        {
            writer.WriteStartArray();
            foreach (var item in (IEnumerable)value)
            {
                if (item is null)
                {
                    writer.WriteNullValue();
                }
                else
                {
                    WriteOne(writer, item, root, data);
                }
            }
            writer.WriteEndArray();
            return;
        }
        WriteOne(writer, value, root, data);
    }

    private void WriteOne(Utf8JsonWriter writer, object instance, Serializer? root, JsonDataWriter data)
    {
        writer.WriteStartObject();
        foreach (var field in Schema.Readable)
        {
            object? attribute;
            try
            {
                attribute = field.GetAttribute(instance, root);
            }
            catch (SkipField)
            {
                continue;
            }
            writer.WritePropertyName(field.FieldName);
            if (attribute is null)
            {
                writer.WriteNullValue();
            }
            else
            {
                field.WriteRepresentation(writer, attribute, root, data);
            }
        }
        writer.WriteEndObject();
    }

    /// <summary>The representation of <see cref="Instance"/> as data the JSON renderer writes directly, without building dictionaries.</summary>
    public IJsonWritable ToJson() => new InstanceJson(this, Instance ?? throw new InvalidOperationException("`ToJson()` needs an `Instance`."));

    private sealed class InstanceJson(Serializer serializer, object instance) : IJsonWritable
    {
        public void WriteTo(Utf8JsonWriter writer, JsonDataWriter data) => serializer.WriteRepresentation(writer, instance, serializer, data);
    }
}
