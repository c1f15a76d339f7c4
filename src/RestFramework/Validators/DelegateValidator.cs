// Provides DelegateValidator, a validator written as a lambda.
using RestFramework.Fields;
using RestFramework.Serializers;

namespace RestFramework.Validators;

/// <summary>Wraps a lambda that throws <see cref="Exceptions.ValidationError"/> for invalid values.</summary>
/// <param name="validate">The check.</param>
public sealed class DelegateValidator(Action<object?> validate) : IValidator
{
    /// <inheritdoc />
    public void Validate(object? value, Field field, Serializer? root) => validate(value);
}
