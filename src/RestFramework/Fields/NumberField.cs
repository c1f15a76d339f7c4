// Provides the shared limits of numeric fields: max_value, min_value and the string length cap.
using RestFramework.Validators;

namespace RestFramework.Fields;

/// <summary>The base of <see cref="IntegerField"/>, <see cref="FloatField"/> and <see cref="DecimalField"/>: <c>max_value</c>/<c>min_value</c> and DRF's 1000-character input cap.</summary>
/// <typeparam name="T">The native type.</typeparam>
public abstract class NumberField<T> : Field
    where T : struct, IComparable
{
    /// <summary>DRF's <c>MAX_STRING_LENGTH</c>: longer string input fails <c>max_string_length</c>.</summary>
    protected const int MaxStringLength = 1000;

    /// <summary>The largest valid value, or null.</summary>
    public T? MaxValue { get; set; }

    /// <summary>The smallest valid value, or null.</summary>
    public T? MinValue { get; set; }

    /// <inheritdoc />
    protected override string? GetDefaultMessage(string key) => key switch
    {
        "max_value" => "Ensure this value is less than or equal to {max_value}.",
        "min_value" => "Ensure this value is greater than or equal to {min_value}.",
        "max_string_length" => "String value too large.",
        _ => base.GetDefaultMessage(key),
    };

    /// <inheritdoc />
    protected override IEnumerable<IValidator> GetBuiltInValidators()
    {
        if (MaxValue is { } max)
        {
            yield return new ValueLimitValidator(max, max: true, FormatMessage(GetMessage("max_value"), ("max_value", max)));
        }
        if (MinValue is { } min)
        {
            yield return new ValueLimitValidator(min, max: false, FormatMessage(GetMessage("min_value"), ("min_value", min)));
        }
    }
}
