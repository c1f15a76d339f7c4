// Provides MaxLengthValidator and MinLengthValidator's shared check over strings and collections.
using System.Collections;
using RestFramework.Exceptions;
using RestFramework.Fields;
using RestFramework.Serializers;

namespace RestFramework.Validators;

/// <summary>Compares the length of a string or collection with a limit (Django's Max/MinLengthValidator).</summary>
public abstract class LengthValidator(int limit, string message, string code, string placeholder) : IValidator
{
    /// <summary>The limit.</summary>
    public int Limit { get; } = limit;

    /// <summary>Whether the length violates the limit.</summary>
    protected abstract bool Violates(int length);

    /// <inheritdoc />
    public void Validate(object? value, Field field, Serializer? root)
    {
        var length = value switch
        {
            string s => CodePoints(s),
            ICollection c => c.Count,
            _ => -1,
        };
        if (length >= 0 && Violates(length))
        {
            throw new ValidationError(new ErrorDetail(Field.FormatMessage(message, (placeholder, Limit), ("limit_value", Limit), ("show_value", length)), code));
        }
    }

    /// <summary>Python's <c>len(str)</c>: code points, so a surrogate pair counts once.</summary>
    private static int CodePoints(string text)
    {
        var length = text.Length;
        for (var i = 0; i + 1 < text.Length; i++)
        {
            if (char.IsSurrogatePair(text[i], text[i + 1]))
            {
                length--;
                i++;
            }
        }
        return length;
    }
}
