// Provides the conversion of validated native values to the CLR types of the members they are assigned to.
using System.Globalization;

namespace RestFramework.Fields;

/// <summary>Converts a native value (long, double, decimal, string, ...) to a member's type when assigning validated data.</summary>
public static class Coercion
{
    /// <summary>Returns <paramref name="value"/> as <paramref name="type"/>: unchanged when it already fits, else converted (numbers, enums, dates).</summary>
    public static object? To(object? value, Type type)
    {
        if (value is null || type.IsInstanceOfType(value))
        {
            return value;
        }
        var target = Nullable.GetUnderlyingType(type) ?? type;
        if (target.IsInstanceOfType(value))
        {
            return value;
        }
        if (target.IsEnum)
        {
            return value is string name ? Enum.Parse(target, name) : Enum.ToObject(target, value);
        }
        return value switch
        {
            DateTimeOffset dto when target == typeof(DateTime) => dto.UtcDateTime,
            DateTime dt when target == typeof(DateTimeOffset) => new DateTimeOffset(dt),
            System.Numerics.BigInteger big => Convert.ChangeType((long)big, target, CultureInfo.InvariantCulture),
            IConvertible => Convert.ChangeType(value, target, CultureInfo.InvariantCulture),
            _ => value,
        };
    }
}
