// Provides SlugField: letters, numbers, underscores and hyphens.
using System.Text.RegularExpressions;
using RestFramework.Validators;

namespace RestFramework.Fields;

/// <summary>DRF's <c>SlugField</c>: a <see cref="CharField"/> matching <c>^[-a-zA-Z0-9_]+$</c> (or Unicode word characters with <see cref="AllowUnicode"/>).</summary>
public sealed partial class SlugField : CharField
{
    /// <summary>Whether Unicode letters are allowed. Defaults to false.</summary>
    public bool AllowUnicode { get; set; }

    /// <inheritdoc />
    protected override string? GetDefaultMessage(string key) => key switch
    {
        "invalid" => "Enter a valid \"slug\" consisting of letters, numbers, underscores or hyphens.",
        "invalid_unicode" => "Enter a valid \"slug\" consisting of Unicode letters, numbers, underscores, or hyphens.",
        _ => base.GetDefaultMessage(key),
    };

    /// <inheritdoc />
    protected override IEnumerable<IValidator> GetBuiltInValidators() => base.GetBuiltInValidators().Append(
        AllowUnicode ? new RegexValidator(UnicodePattern(), GetMessage("invalid_unicode")) : new RegexValidator(AsciiPattern(), GetMessage("invalid")));

    [GeneratedRegex(@"^[-a-zA-Z0-9_]+\n?\z")]
    private static partial Regex AsciiPattern();

    [GeneratedRegex(@"^[-\w]+\z")]
    private static partial Regex UnicodePattern();
}
