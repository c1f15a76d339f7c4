// Provides ChoiceField: one value out of a fixed set, C# enums included.
using System.Text.Json;
using System.Text.Json.Nodes;
using RestFramework.Serializers;

namespace RestFramework.Fields;

/// <summary>DRF's <c>ChoiceField</c>: input is looked up by its text among the choices and becomes the typed choice (<c>"1"</c> → <c>1</c>).</summary>
/// <remarks>Enum choices (<see cref="ForEnum{TEnum}"/>) render as snake_case names (<c>InProgress</c> → <c>"in_progress"</c>).</remarks>
public class ChoiceField : Field
{
    private readonly Dictionary<string, object> _byText = [];

    /// <summary>Creates the field from (value, label) pairs.</summary>
    public ChoiceField(IEnumerable<KeyValuePair<object, string>> choices)
    {
        Choices = [.. choices];
        foreach (var (value, _) in Choices)
        {
            _byText[ChoiceText(value)] = value;
        }
    }

    /// <summary>Creates the field from values that are their own labels (or <see cref="KeyValuePair{TKey, TValue}"/> value/label pairs).</summary>
    public ChoiceField(params object[] choices)
        : this(choices.Select(c => c is KeyValuePair<object, string> pair ? pair : new KeyValuePair<object, string>(c, ChoiceText(c))))
    {
    }

    /// <summary>The choices, as (value, label) pairs.</summary>
    public IReadOnlyList<KeyValuePair<object, string>> Choices { get; }

    /// <summary>Whether <c>""</c> is valid. Defaults to false.</summary>
    public bool AllowBlank { get; set; }

    /// <inheritdoc />
    protected internal override bool AllowsBlank => AllowBlank;

    /// <summary>The choices of an enum: snake_case names, labels in words.</summary>
    public static IEnumerable<KeyValuePair<object, string>> EnumChoices<TEnum>()
        where TEnum : struct, Enum => EnumChoices(typeof(TEnum));

    /// <summary>The choices of the enum <paramref name="enumType"/>.</summary>
    public static IEnumerable<KeyValuePair<object, string>> EnumChoices(Type enumType) =>
        Enum.GetValues(enumType).Cast<object>().Select(v => new KeyValuePair<object, string>(v, EnumLabel(v.ToString()!)));

    /// <summary>A choice field over the values of <typeparamref name="TEnum"/>.</summary>
    public static ChoiceField ForEnum<TEnum>()
        where TEnum : struct, Enum => new(EnumChoices<TEnum>());

    /// <summary>The text a choice is matched and rendered by: enum names in snake_case, others as Python's <c>str()</c>.</summary>
    public static string ChoiceText(object value) => value is Enum e ? Naming.SnakeCase(e.ToString()) : PythonText(value);

    private static string EnumLabel(string name)
    {
        var words = Naming.SnakeCase(name).Replace('_', ' ');
        return char.ToUpperInvariant(words[0]) + words[1..];
    }

    /// <inheritdoc />
    protected override string? GetDefaultMessage(string key) => key == "invalid_choice" ? "\"{input}\" is not a valid choice." : base.GetDefaultMessage(key);

    /// <inheritdoc />
    protected override object? ToInternalValue(JsonNode data, Serializer? root)
    {
        if (AllowBlank && JsonInput.TryGetString(data, out var text) && text.Length == 0)
        {
            return string.Empty;
        }
        return ToChoice(data);
    }

    /// <summary>Maps one input value to its choice or fails <c>invalid_choice</c>.</summary>
    protected object ToChoice(JsonNode data)
    {
        var text = JsonInput.PythonStr(data);
        if (JsonInput.Kind(data) is not (JsonValueKind.Array or JsonValueKind.Object) && _byText.TryGetValue(text, out var value))
        {
            return value;
        }
        throw Fail("invalid_choice", ("input", text));
    }

    /// <summary>The rendered form of one choice.</summary>
    protected object RepresentChoice(object value)
    {
        if (value is string { Length: 0 })
        {
            return value;
        }
        var text = ChoiceText(value);
        if (_byText.TryGetValue(text, out var choice))
        {
            return choice is Enum ? text : choice;
        }
        return value is Enum ? text : value;
    }

    /// <inheritdoc />
    public override object? ToRepresentation(object value, Serializer? root) => RepresentChoice(value);
}
