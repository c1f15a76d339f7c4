// Provides EmailField: a CharField checked by Django's email rules.
using RestFramework.Validators;

namespace RestFramework.Fields;

/// <summary>DRF's <c>EmailField</c>: a <see cref="CharField"/> that must hold an email address.</summary>
public sealed class EmailField : CharField
{
    /// <inheritdoc />
    protected override string? GetDefaultMessage(string key) => key == "invalid" ? "Enter a valid email address." : base.GetDefaultMessage(key);

    /// <inheritdoc />
    protected override IEnumerable<IValidator> GetBuiltInValidators() =>
        base.GetBuiltInValidators().Append(new EmailValidator(GetMessage("invalid")));
}
