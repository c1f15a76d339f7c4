// Provides FloatField: numbers as doubles, accepting "nan", "inf" and true as Python's float() does.
using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using RestFramework.Serializers;

namespace RestFramework.Fields;

/// <summary>DRF's <c>FloatField</c>: Python's <c>float(x)</c> on numbers, strings and booleans. The native value is a <see cref="double"/>.</summary>
public sealed class FloatField : NumberField<double>
{
    /// <inheritdoc />
    protected override string? GetDefaultMessage(string key) => key switch
    {
        "invalid" => "A valid number is required.",
        // DRF 3.15's message for Python's OverflowError (float() of an integer beyond the double range).
        "overflow" => "Integer value too large to convert to float",
        _ => base.GetDefaultMessage(key),
    };

    /// <inheritdoc />
    protected override object? ToInternalValue(JsonNode data, Serializer? root)
    {
        switch (JsonInput.Kind(data))
        {
            case JsonValueKind.True:
                return 1.0;
            case JsonValueKind.False:
                return 0.0;
            case JsonValueKind.Number:
                if (double.TryParse(JsonInput.NumberText(data), NumberStyles.Float, CultureInfo.InvariantCulture, out var number) && double.IsFinite(number))
                {
                    return number;
                }
                // An integer literal beyond the double range is Python's OverflowError; a fraction or exponent beyond it
                // reads as infinity in Python, which is refused as the text "1e400" is.
                throw Fail(JsonInput.IsIntegral(data) ? "overflow" : "invalid");
            case JsonValueKind.String:
                var text = data.GetValue<string>();
                if (text.Length > MaxStringLength)
                {
                    throw Fail("max_string_length");
                }
                if (TryParsePythonFloat(text.Trim(), out var value))
                {
                    return value;
                }
                break;
        }
        throw Fail("invalid");
    }

    /// <summary>Python's <c>float(str)</c>: decimal text plus <c>nan</c>, <c>inf</c> and <c>infinity</c> in any case.</summary>
    internal static bool TryParsePythonFloat(string text, out double value)
    {
        var unsigned = text.TrimStart('+', '-');
        var negative = text.StartsWith('-');
        if (unsigned.Equals("nan", StringComparison.OrdinalIgnoreCase))
        {
            value = double.NaN;
            return text.Length - unsigned.Length <= 1;
        }
        if (unsigned.Equals("inf", StringComparison.OrdinalIgnoreCase) || unsigned.Equals("infinity", StringComparison.OrdinalIgnoreCase))
        {
            value = negative ? double.NegativeInfinity : double.PositiveInfinity;
            return text.Length - unsigned.Length <= 1;
        }
        return double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out value) && !double.IsInfinity(value);
    }

    /// <inheritdoc />
    public override object? ToRepresentation(object value, Serializer? root) => Convert.ToDouble(value, CultureInfo.InvariantCulture);
}
