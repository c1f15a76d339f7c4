// Provides the Field base: the arguments every serializer field shares and its binding to a parent serializer.
using System.Text.Json.Nodes;
using RestFramework.Serializers;
using RestFramework.Validators;

namespace RestFramework.Fields;

/// <summary>DRF's <c>Field</c>: turns one input value into a native value (validation) and a native value into its representation.</summary>
/// <remarks>Fields are declared once per serializer type and shared between requests: keep them free of per-request state.</remarks>
public abstract partial class Field
{
    /// <summary>The marker of an absent input value (DRF's <c>empty</c>); compare by reference.</summary>
    public static JsonNode Empty { get; } = JsonValue.Create("\u0000empty")!;

    /// <summary>The marker of "no default" in <see cref="Default"/>.</summary>
    public static object NoDefault { get; } = new();

    /// <summary>Read-only fields are rendered but ignored on input. Defaults to false.</summary>
    public bool ReadOnly { get; set; }

    /// <summary>Write-only fields are validated but never rendered. Defaults to false.</summary>
    public bool WriteOnly { get; set; }

    /// <summary>Whether input must contain the field; null means "required unless there is a default or the field is read-only".</summary>
    public bool? Required { get; set; }

    /// <summary>The value used when input omits the field: a value, a <see cref="Func{TResult}"/> or an <see cref="IFieldDefault"/>. Defaults to <see cref="NoDefault"/>.</summary>
    public object? Default { get; set; } = NoDefault;

    /// <summary>Whether <c>null</c> is valid input. Defaults to false.</summary>
    public bool AllowNull { get; set; }

    /// <summary>The attribute the field reads: a name, a dotted path (<c>author.name</c>) or <c>*</c> for the whole object. Defaults to the field name.</summary>
    public string? Source { get; set; }

    /// <summary>The human label; defaults to the field name with underscores as spaces, capitalised.</summary>
    public string? Label { get; set; }

    /// <summary>A description of the field for forms and schemas.</summary>
    public string? HelpText { get; set; }

    /// <summary>Validators run on the native value, before the field's built-in ones.</summary>
    public IReadOnlyList<IValidator> Validators { get; set; } = [];

    /// <summary>Messages that replace the defaults, by key (<c>required</c>, <c>invalid</c>, ...).</summary>
    public IReadOnlyDictionary<string, string>? ErrorMessages { get; set; }

    /// <summary>The name of the field in its parent (the JSON key); set by <see cref="Bind"/>.</summary>
    public string FieldName { get; private set; } = string.Empty;

    /// <summary>The serializer declaring this field, once bound.</summary>
    public Serializer? Parent { get; private set; }

    /// <summary>The parts of <see cref="Source"/> (empty for <c>*</c>), set by <see cref="Bind"/>.</summary>
    public IReadOnlyList<string> SourceAttrs { get; private set; } = [];

    /// <summary>Whether a default is declared.</summary>
    public bool HasDefault => !ReferenceEquals(Default, NoDefault);

    /// <summary>The effective <see cref="Required"/>.</summary>
    public bool IsRequired => Required ?? (!HasDefault && !ReadOnly);

    /// <summary>The value taken for a missing key in HTML form input (DRF's <c>default_empty_html</c>).</summary>
    protected internal virtual JsonNode? DefaultEmptyHtml => Empty;

    /// <summary>Binds the field to its name and parent, checking DRF's argument assertions.</summary>
    public virtual void Bind(string fieldName, Serializer? parent)
    {
        if (ReadOnly && WriteOnly)
        {
            throw new InvalidOperationException("May not set both `read_only` and `write_only`");
        }
        if (ReadOnly && Required == true)
        {
            throw new InvalidOperationException("May not set both `read_only` and `required`");
        }
        if (Required == true && HasDefault)
        {
            throw new InvalidOperationException("May not set both `required` and `default`");
        }
        if (Source == fieldName)
        {
            throw new InvalidOperationException(
                $"It is redundant to specify `source='{fieldName}'` on field '{GetType().Name}' in serializer '{parent?.GetType().Name}', because it is the same as the field name. Remove the `source` keyword argument.");
        }
        FieldName = fieldName;
        Parent = parent;
        Label ??= Capitalize(fieldName.Replace('_', ' '));
        var source = Source ?? fieldName;
        SourceAttrs = source == "*" ? [] : source.Split('.');
        _getters = new CachedGetter?[SourceAttrs.Count];
        BuiltValidators = [.. Validators, .. GetBuiltInValidators()];
    }

    /// <summary>The source path, <c>*</c> included.</summary>
    public string EffectiveSource => Source ?? FieldName;

    /// <summary>Resolves a declared default: calls a <see cref="Func{TResult}"/> or an <see cref="IFieldDefault"/>.</summary>
    public static object? ResolveDefault(object? value, Field field, Serializer? root) => value switch
    {
        IFieldDefault contextual => contextual.GetDefault(field, root),
        Func<object?> factory => factory(),
        _ => value,
    };

    private static string Capitalize(string text) =>
        text.Length == 0 ? text : char.ToUpperInvariant(text[0]) + text[1..].ToLowerInvariant();
}
