// Provides the writing of response data as JSON with DRF's encoder rules (datetimes with Z, decimals as numbers, floats as 1.0).
using System.Collections;
using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http;
using RestFramework.Exceptions;
using RestFramework.Settings;

namespace RestFramework.Renderers;

/// <summary>Writes response data (dictionaries, lists, primitives, <see cref="IJsonWritable"/>, plain objects) as DRF's encoder does.</summary>
public sealed class JsonDataWriter
{
    private static readonly JsonDataWriter UnicodeStrict = new(unicode: true, strict: true);
    private static readonly JsonDataWriter AsciiStrict = new(unicode: false, strict: true);
    private static readonly JsonDataWriter UnicodeLoose = new(unicode: true, strict: false);
    private static readonly JsonDataWriter AsciiLoose = new(unicode: false, strict: false);

    private readonly JsonSerializerOptions _fallback;

    private JsonDataWriter(bool unicode, bool strict)
    {
        Encoder = unicode ? JavaScriptEncoder.UnsafeRelaxedJsonEscaping : JavaScriptEncoder.Default;
        Strict = strict;
        _fallback = new JsonSerializerOptions
        {
            Encoder = Encoder,
            PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
            DictionaryKeyPolicy = null,
        };
    }

    /// <summary>The encoder of strings: raw UTF-8 when <c>UnicodeJson</c> is on.</summary>
    public JavaScriptEncoder Encoder { get; }

    /// <summary>Whether NaN and infinities are refused, as <c>StrictJson</c>.</summary>
    public bool Strict { get; }

    /// <summary>The writer for the given settings (defaults when null).</summary>
    public static JsonDataWriter For(RestFrameworkOptions? options) => (options?.UnicodeJson ?? true, options?.StrictJson ?? true) switch
    {
        (true, true) => UnicodeStrict,
        (false, true) => AsciiStrict,
        (true, false) => UnicodeLoose,
        (false, false) => AsciiLoose,
    };

    /// <summary>Writes <paramref name="value"/> as one JSON value.</summary>
    public void Write(Utf8JsonWriter writer, object? value)
    {
        switch (value)
        {
            case null:
                writer.WriteNullValue();
                break;
            case string s:
                writer.WriteStringValue(s);
                break;
            case bool b:
                writer.WriteBooleanValue(b);
                break;
            case int i:
                writer.WriteNumberValue(i);
                break;
            case long l:
                writer.WriteNumberValue(l);
                break;
            case double d:
                WriteFloat(writer, d);
                break;
            case float f:
                WriteFloat(writer, f);
                break;
            case decimal m:
                WriteFloat(writer, (double)m);
                break;
            case IJsonWritable writable:
                writable.WriteTo(writer, this);
                break;
            case ErrorDetail detail:
                writer.WriteStringValue(detail.Message);
                break;
            case DateTimeOffset dto:
                writer.WriteStringValue(Formats.DateTime(dto));
                break;
            case DateTime dt:
                writer.WriteStringValue(Formats.DateTime(dt));
                break;
            case DateOnly date:
                writer.WriteStringValue(date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
                break;
            case TimeOnly time:
                writer.WriteStringValue(Formats.Time(time));
                break;
            case TimeSpan span:
                writer.WriteStringValue(Formats.Float(span.TotalSeconds));
                break;
            case Guid guid:
                writer.WriteStringValue(guid.ToString("D"));
                break;
            case JsonNode node:
                node.WriteTo(writer);
                break;
            case JsonElement element:
                element.WriteTo(writer);
                break;
            case IFormFile file:
                writer.WriteStringValue(file.FileName);
                break;
            case short or byte or sbyte or ushort or uint or ulong:
                writer.WriteRawValue(Convert.ToString(value, CultureInfo.InvariantCulture)!, skipInputValidation: true);
                break;
            case Dictionary<string, object?> map:
                WriteObject(writer, map);
                break;
            case OrderedDictionary<string, object?> ordered:
                WriteObject(writer, ordered);
                break;
            case IDictionary<string, object?> map:
                WriteObject(writer, map);
                break;
            case IDictionary dictionary:
                WriteDictionary(writer, dictionary);
                break;
            case IEnumerable items:
                writer.WriteStartArray();
                foreach (var item in items)
                {
                    Write(writer, item);
                }
                writer.WriteEndArray();
                break;
            default:
                JsonSerializer.Serialize(writer, value, value.GetType(), _fallback);
                break;
        }
    }

    private void WriteObject(Utf8JsonWriter writer, Dictionary<string, object?> map)
    {
        writer.WriteStartObject();
        foreach (var (key, item) in map)
        {
            writer.WritePropertyName(key);
            Write(writer, item);
        }
        writer.WriteEndObject();
    }

    private void WriteObject(Utf8JsonWriter writer, OrderedDictionary<string, object?> map)
    {
        writer.WriteStartObject();
        foreach (var (key, item) in map)
        {
            writer.WritePropertyName(key);
            Write(writer, item);
        }
        writer.WriteEndObject();
    }

    private void WriteObject(Utf8JsonWriter writer, IDictionary<string, object?> map)
    {
        writer.WriteStartObject();
        foreach (var (key, item) in map)
        {
            writer.WritePropertyName(key);
            Write(writer, item);
        }
        writer.WriteEndObject();
    }

    private void WriteDictionary(Utf8JsonWriter writer, IDictionary dictionary)
    {
        writer.WriteStartObject();
        foreach (DictionaryEntry entry in dictionary)
        {
            writer.WritePropertyName(Convert.ToString(entry.Key, CultureInfo.InvariantCulture) ?? string.Empty);
            Write(writer, entry.Value);
        }
        writer.WriteEndObject();
    }

    private void WriteFloat(Utf8JsonWriter writer, double value)
    {
        if (double.IsNaN(value) || double.IsInfinity(value))
        {
            if (Strict)
            {
                throw new InvalidOperationException("Out of range float values are not JSON compliant.");
            }
            writer.WriteRawValue(double.IsNaN(value) ? "NaN" : value > 0 ? "Infinity" : "-Infinity", skipInputValidation: true);
            return;
        }
        writer.WriteRawValue(Formats.Float(value), skipInputValidation: true);
    }
}
