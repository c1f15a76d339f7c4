// Provides MaxLengthValidator.
namespace RestFramework.Validators;

/// <summary>Fails when the length exceeds <c>limit</c>; the message takes <c>{max_length}</c>.</summary>
public sealed class MaxLengthValidator(int limit, string message) : LengthValidator(limit, message, "max_length", "max_length")
{
    /// <inheritdoc />
    protected override bool Violates(int length) => length > Limit;
}
