// Provides the error messages of Field: DRF's default messages merged up the class chain, error_messages overrides and fail().
using System.Globalization;
using System.Text;
using RestFramework.Exceptions;

namespace RestFramework.Fields;

public abstract partial class Field
{
    /// <summary>The default message for <paramref name="key"/>, or null; subclasses add keys and defer to the base, as DRF merges messages up the MRO.</summary>
    protected virtual string? GetDefaultMessage(string key) => key switch
    {
        "required" => "This field is required.",
        "null" => "This field may not be null.",
        _ => null,
    };

    /// <summary>The message for <paramref name="key"/>: <see cref="ErrorMessages"/> first, then the default.</summary>
    public string GetMessage(string key) =>
        ErrorMessages is not null && ErrorMessages.TryGetValue(key, out var custom) ? custom
        : GetDefaultMessage(key)
          ?? throw new InvalidOperationException($"ValidationError raised by `{GetType().Name}`, but error key `{key}` does not exist in the `error_messages` dictionary.");

    /// <summary>Builds the validation error for <paramref name="key"/>, filling <c>{name}</c> placeholders; use as <c>throw Fail("invalid")</c>.</summary>
    public ValidationError Fail(string key, params (string Name, object? Value)[] args) =>
        new(new ErrorDetail(FormatMessage(GetMessage(key), args), key));

    /// <summary>Python's <c>str()</c> of a native value, as messages show it (floats as <c>10.0</c>, booleans as <c>True</c>).</summary>
    public static string PythonText(object? value) => value switch
    {
        null => "None",
        bool b => b ? "True" : "False",
        double d => Renderers.Formats.Float(d),
        float f => Renderers.Formats.Float(f),
        _ => Convert.ToString(value, CultureInfo.InvariantCulture) ?? string.Empty,
    };

    /// <summary>Fills <c>{name}</c> placeholders of <paramref name="message"/>.</summary>
    public static string FormatMessage(string message, params (string Name, object? Value)[] args)
    {
        if (args.Length == 0)
        {
            return message;
        }
        var text = new StringBuilder(message);
        foreach (var (name, value) in args)
        {
            text.Replace("{" + name + "}", PythonText(value));
        }
        return text.ToString();
    }
}
