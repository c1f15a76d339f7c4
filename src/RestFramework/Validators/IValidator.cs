// Provides pluggable validators, run on a field's native value or on a serializer's validated data.
using RestFramework.Exceptions;
using RestFramework.Fields;
using RestFramework.Serializers;

namespace RestFramework.Validators;

/// <summary>A validator: throws <see cref="ValidationError"/> when <c>value</c> is invalid.</summary>
public interface IValidator
{
    /// <summary>Validates <paramref name="value"/> for <paramref name="field"/> (a serializer for object-level validators).</summary>
    void Validate(object? value, Field field, Serializer? root);
}
