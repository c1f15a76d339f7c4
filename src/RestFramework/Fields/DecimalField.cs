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
            || PythonNumbers.NormaliseDecimal(text, out var special) is not { } ascii || special)
        {
            throw Fail("invalid");
        }
        // DRF's digit checks read Python's Decimal, which holds any number of digits and any exponent: they run on the text,
        // so that a number beyond System.Decimal (more than 28 digits, a huge exponent) gets their message first.
        var (digits, exponent) = DigitsOf(ascii);
        ValidatePrecision(digits, exponent);
        if (!decimal.TryParse(ascii, NumberStyles.Float, CultureInfo.InvariantCulture, out var value))
        {
            // A number the checks let through that System.Decimal cannot hold (no max_digits declared).
            throw Fail("invalid");
        }
        return Quantize(value);
    }

    /// <summary>The length of Python's <c>Decimal.as_tuple()</c> digits (leading zeros dropped, at least one) and its exponent,
    /// of decimal text in ASCII; the exponent saturates at 64 bits.</summary>
    private static (long Digits, long Exponent) DigitsOf(string ascii)
    {
        var unsigned = ascii.TrimStart('+', '-');
        var e = unsigned.IndexOfAny(['e', 'E']);
        var mantissa = e < 0 ? unsigned : unsigned[..e];
        PythonNumbers.TryParse(e < 0 ? "0" : unsigned[(e + 1)..], out long exponent);
        var point = mantissa.IndexOf('.', StringComparison.Ordinal);
        var fraction = point < 0 ? 0 : mantissa.Length - point - 1;
        var digits = mantissa.Replace(".", string.Empty, StringComparison.Ordinal).TrimStart('0').Length;
        var shifted = exponent < long.MinValue + fraction ? long.MinValue : exponent - fraction;
        return (Math.Max(digits, 1), shifted);
    }

    /// <summary>DRF's <c>validate_precision</c> on the digits and exponent of a value.</summary>
    private void ValidatePrecision(long digits, long exponent)
    {
        long total, whole, places;
        if (exponent >= 0)
        {
            total = exponent > long.MaxValue - digits ? long.MaxValue : digits + exponent;
            (whole, places) = (total, 0);
        }
        else if (exponent > -digits)
        {
            (total, whole, places) = (digits, digits + exponent, -exponent);
        }
        else
        {
            places = exponent == long.MinValue ? long.MaxValue : -exponent;
            (total, whole) = (places, 0);
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
