// Provides RegexField: a CharField that must match a pattern.
using System.Text.RegularExpressions;
using RestFramework.Validators;

namespace RestFramework.Fields;

/// <summary>DRF's <c>RegexField</c>: a <see cref="CharField"/> that must match <paramref name="regex"/>.</summary>
/// <param name="regex">The pattern (searched, as Django's RegexValidator does).</param>
public sealed class RegexField(Regex regex) : CharField
{
    /// <summary>Creates the field from pattern text.</summary>
    public RegexField(string pattern)
        : this(new Regex(pattern, RegexOptions.CultureInvariant))
    {
    }

    /// <inheritdoc />
    protected override string? GetDefaultMessage(string key) => key == "invalid" ? "This value does not match the required pattern." : base.GetDefaultMessage(key);

    /// <inheritdoc />
    protected override IEnumerable<IValidator> GetBuiltInValidators() =>
        base.GetBuiltInValidators().Append(new RegexValidator(regex, GetMessage("invalid")));
}
