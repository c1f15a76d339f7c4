// Provides RegexValidator, a pattern check on strings.
using System.Text.RegularExpressions;
using RestFramework.Exceptions;
using RestFramework.Fields;
using RestFramework.Serializers;

namespace RestFramework.Validators;

/// <summary>Fails with <paramref name="message"/> when a string does not match <paramref name="regex"/> (Django's RegexValidator).</summary>
public sealed class RegexValidator(Regex regex, string message, string code = "invalid") : IValidator
{
    /// <inheritdoc />
    public void Validate(object? value, Field field, Serializer? root)
    {
        if (value is string text && !regex.IsMatch(text))
        {
            throw new ValidationError(new ErrorDetail(message, code));
        }
    }
}
