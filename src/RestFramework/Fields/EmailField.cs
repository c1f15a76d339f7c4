// Provides EmailField: a CharField checked by Django's email rules.
using System.Text.RegularExpressions;
using RestFramework.Validators;

namespace RestFramework.Fields;

/// <summary>DRF's <c>EmailField</c>: a <see cref="CharField"/> that must hold an email address.</summary>
public sealed partial class EmailField : CharField
{
    /// <inheritdoc />
    protected override string? GetDefaultMessage(string key) => key == "invalid" ? "Enter a valid email address." : base.GetDefaultMessage(key);

    /// <inheritdoc />
    protected override IEnumerable<IValidator> GetBuiltInValidators() =>
        base.GetBuiltInValidators().Append(new RegexValidator(Pattern(), GetMessage("invalid")));

    [GeneratedRegex(@"^(?:[-!#$%&'*+/=?^_`{}|~0-9A-Z]+(?:\.[-!#$%&'*+/=?^_`{}|~0-9A-Z]+)*|""(?:[\x01-\x08\x0b\x0c\x0e-\x1f!#-\[\]-\x7f]|\\[\x01-\x09\x0b\x0c\x0e-\x7f])*"")@(?:(?:[A-Z0-9](?:[A-Z0-9-]{0,61}[A-Z0-9])?\.)+[A-Z0-9-]{2,63}(?<!-)|localhost|\[[0-9.:A-F]+\])\z", RegexOptions.IgnoreCase)]
    private static partial Regex Pattern();
}
