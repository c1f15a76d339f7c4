// Provides DecimalField: exact decimals with max_digits and decimal_places, rendered as quantized strings ("1.50").
using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using RestFramework.Serializers;

namespace RestFramework.Fields;

/// <summary>DRF's <c>DecimalField</c>: checks total digits, decimal places and whole digits, then quantizes to <see cref="DecimalPlaces"/> (half-even).</summary>
/// <remarks>Rendered as a string (<c>"1.50"</c>) unless <see cref="CoerceToString"/> or the <c>CoerceDecimalToString</c> setting is false.</remarks>
public sealed class DecimalField : NumberField<decimal>
{
    /// <summary>The maximum number of digits, or null.</summary>
    public int? MaxDigits { get; set; }

    /// <summary>The number of decimal places values are quantized to, or null.</summary>
    public int? DecimalPlaces { get; set; }

    /// <summary>Whether the representation is a string; null follows the <c>CoerceDecimalToString</c> setting (default true).</summary>
    public bool? CoerceToString { get; set; }

    /// <inheritdoc />
    protected override string? GetDefaultMessage(string key) => key switch
    {
        "invalid" => "A valid number is required.",
        "max_digits" => "Ensure that there are no more than {max_digits} digits in total.",
        "max_decimal_places" => "Ensure that there are no more than {max_decimal_places} decimal places.",
        "max_whole_digits" => "Ensure that there are no more than {max_whole_digits} digits before the decimal point.",
        _ => base.GetDefaultMessage(key),
    };

    /// <inheritdoc />
    protected override object? ToInternalValue(JsonNode data, Serializer? root)
    {
        var text = JsonInput.Kind(data) is JsonValueKind.String or JsonValueKind.Number ? RestFramework.Fields.PythonText.Strip(JsonInput.PythonStr(data)) : null;
        if (AllowNull && text is { Length: 0 })
        {
            return null;
        }
        if (text is { Length: > MaxStringLength })
        {
            throw Fail("max_string_length");
        }
        if (text is null || text.Contains('_', StringComparison.Ordinal)
            || !decimal.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value))
        {
            throw Fail("invalid");
        }
        return Quantize(ValidatePrecision(value));
    }

    private decimal ValidatePrecision(decimal value)
    {
        var bits = decimal.GetBits(value);
        var digits = new decimal(bits[0], bits[1], bits[2], false, 0).ToString(CultureInfo.InvariantCulture).Length;
        var scale = value.Scale;
        int total, whole, places;
        if (scale == 0)
        {
            (total, whole, places) = (digits, digits, 0);
        }
        else if (digits > scale)
        {
            (total, whole, places) = (digits, digits - scale, scale);
        }
        else
        {
            (total, whole, places) = (scale, 0, scale);
        }
        if (MaxDigits is { } maxDigits && total > maxDigits)
        {
            throw Fail("max_digits", ("max_digits", maxDigits));
        }
        if (DecimalPlaces is { } maxPlaces && places > maxPlaces)
        {
            throw Fail("max_decimal_places", ("max_decimal_places", maxPlaces));
        }
        if (MaxDigits is { } md && DecimalPlaces is { } dp && whole > md - dp)
        {
            throw Fail("max_whole_digits", ("max_whole_digits", md - dp));
        }
        return value;
    }

    private decimal Quantize(decimal value)
    {
        if (DecimalPlaces is not { } places)
        {
            return value;
        }
        return decimal.Round(value, places, MidpointRounding.ToEven) + new decimal(0, 0, 0, false, (byte)places);
    }

    /// <inheritdoc />
    public override object? ToRepresentation(object value, Serializer? root)
    {
        var number = value is decimal d ? d : Convert.ToDecimal(value, CultureInfo.InvariantCulture);
        var quantized = Quantize(number);
        var coerce = CoerceToString ?? root?.Context.Request?.Options.CoerceDecimalToString ?? true;
        return coerce ? quantized.ToString(CultureInfo.InvariantCulture) : quantized;
    }
}
