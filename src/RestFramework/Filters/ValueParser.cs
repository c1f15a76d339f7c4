// Provides the typed parsing of query values per column type, with django-filter's form error messages.
using System.Collections.Concurrent;
using System.Globalization;
using System.Text;

namespace RestFramework.Filters;

/// <summary>Parses query text into column values as Django's form fields do (DecimalField, IsoDateTimeField, ...).</summary>
internal static partial class ValueParser
{
    /// <summary>Django's <c>DecimalField</c> and <c>FloatField</c> message.</summary>
    public const string InvalidNumber = "Enter a number.";

    /// <summary>django-filter's <c>NumberFilter</c> limit message (<c>MaxValueValidator(1e50)</c>).</summary>
    public const string MaxValueMessage = "Ensure this value is less than or equal to 1e+50.";

    /// <summary>Django's <c>ProhibitNullCharactersValidator</c> message (text fields).</summary>
    public const string NullCharacters = "Null characters are not allowed.";

    /// <summary>Django's <c>DateTimeField</c> message.</summary>
    public const string InvalidDateTime = "Enter a valid date/time.";

    /// <summary>Django's <c>DateField</c> message.</summary>
    public const string InvalidDate = "Enter a valid date.";

    /// <summary>Django's <c>TimeField</c> message.</summary>
    public const string InvalidTime = "Enter a valid time.";

    /// <summary>Django's <c>UUIDField</c> message.</summary>
    public const string InvalidUuid = "Enter a valid UUID.";

    private static readonly ConcurrentDictionary<Type, Dictionary<string, object>> EnumNames = new();

    /// <summary>Parses <paramref name="text"/> (already stripped) as a value of <paramref name="type"/>.</summary>
    public static ParsedValue Parse(Type type, string text)
    {
        var target = Nullable.GetUnderlyingType(type) ?? type;
        if (target == typeof(string))
        {
            // Django's CharField runs ProhibitNullCharactersValidator.
            return text.Contains('\0', StringComparison.Ordinal) ? new(null, NullCharacters) : new(text);
        }
        if (target.IsEnum)
        {
            return EnumValues(target).TryGetValue(text, out var member)
                ? new(member)
                : new(null, $"Select a valid choice. {text} is not one of the available choices.");
        }
        if (target == typeof(bool))
        {
            return text.ToLowerInvariant() switch
            {
                "true" or "1" => new(true),
                "false" or "0" => new(false),
                _ => new(null, Ignored: true),
            };
        }
        if (target == typeof(double) || target == typeof(float) || target == typeof(decimal) || IsInteger(target))
        {
            return ParseNumber(target, text);
        }
        if (target == typeof(DateTime))
        {
            return TryParseDateTime(text, out var dto) ? new(dto.UtcDateTime) : new(null, InvalidDateTime);
        }
        if (target == typeof(DateTimeOffset))
        {
            return TryParseDateTime(text, out var dto) ? new(dto) : new(null, InvalidDateTime);
        }
        if (target == typeof(DateOnly))
        {
            return DateOnly.TryParseExact(text, ["yyyy-MM-dd", "MM/dd/yyyy", "MM/dd/yy"], CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
                ? new(date)
                : new(null, InvalidDate);
        }
        if (target == typeof(TimeOnly))
        {
            return TimeOnly.TryParseExact(text, ["HH:mm:ss", "HH:mm:ss.FFFFFF", "HH:mm"], CultureInfo.InvariantCulture, DateTimeStyles.None, out var time)
                ? new(time)
                : new(null, InvalidTime);
        }
        if (target == typeof(Guid))
        {
            return Guid.TryParse(text, out var guid) ? new(guid) : new(null, InvalidUuid);
        }
        throw new InvalidOperationException($"Filtering on a property of type {target.Name} is not supported; declare a method filter in a FilterSet.");
    }

    /// <summary>
    /// django-filter's <c>NumberFilter</c>: Django's <c>DecimalField</c> (Python's <c>Decimal(str)</c>, finite only) with
    /// <c>MaxValueValidator(1e50)</c>; the column then takes <c>int()</c> of it (truncated). Values beyond the column's type,
    /// which DRF sends to the database as they are, are clamped to its range.
    /// </summary>
    private static ParsedValue ParseNumber(Type target, string text)
    {
        var ascii = Fields.PythonNumbers.NormaliseDecimal(text, out var special);
        if (ascii is null || special)
        {
            return new(null, InvalidNumber);
        }
        var approximate = double.Parse(ascii, NumberStyles.Float, CultureInfo.InvariantCulture);
        if (approximate > 1e50)
        {
            return new(null, MaxValueMessage);
        }
        if (target == typeof(double) || target == typeof(float))
        {
            return new(target == typeof(float) ? (float)approximate : approximate);
        }
        if (!decimal.TryParse(ascii, NumberStyles.Float, CultureInfo.InvariantCulture, out var number))
        {
            number = approximate > 0 ? decimal.MaxValue : decimal.MinValue;
        }
        if (target == typeof(decimal))
        {
            return new(number);
        }
        var whole = decimal.Truncate(number);
        var (min, max) = IntegerRange(target);
        return new(Convert.ChangeType(Math.Clamp(whole, min, max), target, CultureInfo.InvariantCulture));
    }

    private static (decimal Min, decimal Max) IntegerRange(Type type) => Type.GetTypeCode(type) switch
    {
        TypeCode.Byte => (byte.MinValue, byte.MaxValue),
        TypeCode.SByte => (sbyte.MinValue, sbyte.MaxValue),
        TypeCode.Int16 => (short.MinValue, short.MaxValue),
        TypeCode.UInt16 => (ushort.MinValue, ushort.MaxValue),
        TypeCode.Int32 => (int.MinValue, int.MaxValue),
        TypeCode.UInt32 => (uint.MinValue, uint.MaxValue),
        TypeCode.UInt64 => (ulong.MinValue, ulong.MaxValue),
        _ => (long.MinValue, long.MaxValue),
    };

    /// <summary>Whether <paramref name="type"/> is an integral number type.</summary>
    public static bool IsInteger(Type type) =>
        type == typeof(int) || type == typeof(long) || type == typeof(short) || type == typeof(byte) ||
        type == typeof(uint) || type == typeof(ulong) || type == typeof(ushort) || type == typeof(sbyte);

    private static Dictionary<string, object> EnumValues(Type type) => EnumNames.GetOrAdd(type, static t =>
    {
        var values = new Dictionary<string, object>(StringComparer.Ordinal);
        foreach (var name in Enum.GetNames(t))
        {
            // Django's ChoiceField compares the submitted text with the choices' values exactly: the wire names only.
            var value = Enum.Parse(t, name);
            values.TryAdd(Fields.ChoiceField.ChoiceText(value), value);
        }
        return values;
    });

    /// <summary><c>CreatedAt</c> → <c>created_at</c>.</summary>
    public static string SnakeCase(string name)
    {
        var builder = new StringBuilder(name.Length + 4);
        for (var i = 0; i < name.Length; i++)
        {
            if (char.IsUpper(name[i]) && i > 0 && (char.IsLower(name[i - 1]) || (i + 1 < name.Length && char.IsLower(name[i + 1]))))
            {
                builder.Append('_');
            }
            builder.Append(char.ToLowerInvariant(name[i]));
        }
        return builder.ToString();
    }
}
