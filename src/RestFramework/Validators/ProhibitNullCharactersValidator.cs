// Provides the always-on string checks of CharField: no null characters, no surrogates.
using System.Globalization;
using RestFramework.Exceptions;
using RestFramework.Fields;
using RestFramework.Serializers;

namespace RestFramework.Validators;

/// <summary>Rejects strings with <c>\0</c> or lone surrogate code points, as Django's ProhibitNullCharactersValidator and DRF's ProhibitSurrogateCharactersValidator.</summary>
public sealed class ProhibitNullCharactersValidator : IValidator
{
    /// <summary>The shared instance.</summary>
    public static ProhibitNullCharactersValidator Instance { get; } = new();

    /// <inheritdoc />
    public void Validate(object? value, Field field, Serializer? root)
    {
        if (value is not string text)
        {
            return;
        }
        if (text.Contains('\0', StringComparison.Ordinal))
        {
            throw new ValidationError(new ErrorDetail("Null characters are not allowed.", "null_characters_not_allowed"));
        }
        for (var i = 0; i < text.Length; i++)
        {
            if (char.IsSurrogate(text[i]) && !(char.IsHighSurrogate(text[i]) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]) && i++ >= 0))
            {
                var code = ((int)text[i]).ToString("X", CultureInfo.InvariantCulture);
                throw new ValidationError(new ErrorDetail($"Surrogate characters are not allowed: U+{code}.", "surrogate_characters_not_allowed"));
            }
        }
    }
}
