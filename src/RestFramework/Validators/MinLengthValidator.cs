// Provides MinLengthValidator.
namespace RestFramework.Validators;

/// <summary>Fails when the length is below <c>limit</c>; the message takes <c>{min_length}</c>.</summary>
public sealed class MinLengthValidator(int limit, string message) : LengthValidator(limit, message, "min_length", "min_length")
{
    /// <inheritdoc />
    protected override bool Violates(int length) => length < Limit;
}
