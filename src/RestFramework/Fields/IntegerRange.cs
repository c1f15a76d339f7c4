// Provides the range of the integer types a validated integer may be stored in.
namespace RestFramework.Fields;

/// <summary>The smallest and largest value of an integer member type, as an <see cref="IntegerField"/> limits its input to them.</summary>
internal static class IntegerRange
{
    /// <summary>The range of a 64-bit integer, the native type of <see cref="IntegerField"/>.</summary>
    public static readonly (long Min, long Max) Int64 = (long.MinValue, long.MaxValue);

    /// <summary>The range of <paramref name="type"/> (nullable or not) within 64 bits, or null when it is not an integer type.</summary>
    public static (long Min, long Max)? Of(Type type) => (Nullable.GetUnderlyingType(type) ?? type) switch
    {
        var t when t == typeof(long) => Int64,
        var t when t == typeof(int) => (int.MinValue, int.MaxValue),
        var t when t == typeof(short) => (short.MinValue, short.MaxValue),
        var t when t == typeof(sbyte) => (sbyte.MinValue, sbyte.MaxValue),
        var t when t == typeof(byte) => (byte.MinValue, byte.MaxValue),
        var t when t == typeof(ushort) => (ushort.MinValue, ushort.MaxValue),
        var t when t == typeof(uint) => (uint.MinValue, uint.MaxValue),
        // The native value is a long: a ulong member takes its non-negative half.
        var t when t == typeof(ulong) => (0, long.MaxValue),
        _ => null,
    };
}
