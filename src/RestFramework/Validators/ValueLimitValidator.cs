// Provides MaxValueValidator and MinValueValidator: comparisons of numbers, dates and durations with a limit.
using RestFramework.Exceptions;
using RestFramework.Fields;
using RestFramework.Serializers;

namespace RestFramework.Validators;

/// <summary>Compares a value with a limit (Django's MaxValueValidator / MinValueValidator).</summary>
/// <param name="limit">The limit, of the field's native type.</param>
/// <param name="max">True for an upper limit (code <c>max_value</c>), false for a lower one (<c>min_value</c>).</param>
/// <param name="message">The message, with <c>{max_value}</c> or <c>{min_value}</c>.</param>
public sealed class ValueLimitValidator(IComparable limit, bool max, string message) : IValidator
{
    /// <inheritdoc />
    public void Validate(object? value, Field field, Serializer? root)
    {
        if (value is null)
        {
            return;
        }
        // An integer beyond 64 bits is above every upper limit and below every lower one of a 64-bit field.
        var order = value is System.Numerics.BigInteger big ? -big.Sign : limit.CompareTo(Coercion.To(value, limit.GetType()));
        if (max ? order < 0 : order > 0)
        {
            var key = max ? "max_value" : "min_value";
            throw new ValidationError(new ErrorDetail(Field.FormatMessage(message, (key, limit)), key));
        }
    }
}
