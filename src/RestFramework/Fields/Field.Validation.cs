// Provides the validation half of Field: get_value, validate_empty_values, run_validation and run_validators in DRF's order.
using System.Text.Json.Nodes;
using RestFramework.Exceptions;
using RestFramework.Serializers;
using RestFramework.Validators;

namespace RestFramework.Fields;

public abstract partial class Field
{
    private protected IValidator[] BuiltValidators { get; private set; } = [];

    /// <summary>Reads this field's input from <paramref name="data"/>; returns <see cref="Empty"/> when absent (HTML form rules when the request has a form).</summary>
    public virtual JsonNode? GetValue(JsonObject data, Serializer? root)
    {
        if (root is not null && root.IsHtmlInput)
        {
            if (!data.TryGetPropertyValue(FieldName, out var raw))
            {
                return root.Partial ? Empty : DefaultEmptyHtml;
            }
            if (raw is JsonValue v && v.TryGetValue<string>(out var text) && text.Length == 0)
            {
                if (AllowNull)
                {
                    return AllowsBlank ? raw : null;
                }
                if (!IsRequired)
                {
                    return AllowsBlank ? raw : Empty;
                }
            }
            return raw;
        }
        return data.TryGetPropertyValue(FieldName, out var value) ? value : Empty;
    }

    /// <summary>Whether the empty string is valid input (CharField's <c>allow_blank</c>).</summary>
    protected internal virtual bool AllowsBlank => false;

    /// <summary>Validates one input value (or <see cref="Empty"/>) and returns the native value; throws <see cref="ValidationError"/> or <see cref="SkipField"/>.</summary>
    public virtual object? RunValidation(JsonNode? data, Serializer? root = null)
    {
        var (isEmpty, value) = ValidateEmptyValues(data, root);
        if (isEmpty)
        {
            return value;
        }
        var native = ToInternalValue(data!, root);
        RunValidators(native, root);
        return native;
    }

    /// <summary>DRF's <c>validate_empty_values</c>: read-only, absent and null input, in that order.</summary>
    /// <returns>(true, value) when validation is done; (false, data) when the value must still be converted.</returns>
    protected (bool IsEmpty, object? Value) ValidateEmptyValues(JsonNode? data, Serializer? root)
    {
        if (ReadOnly)
        {
            return (true, GetDefault(root));
        }
        if (ReferenceEquals(data, Empty))
        {
            if (root is { Partial: true })
            {
                throw new SkipField();
            }
            if (IsRequired)
            {
                throw Fail("required");
            }
            return (true, GetDefault(root));
        }
        if (data is null)
        {
            if (!AllowNull)
            {
                throw Fail("null");
            }
            return EffectiveSource == "*" ? (false, null) : (true, null);
        }
        return (false, data);
    }

    /// <summary>DRF's <c>get_default</c>: throws <see cref="SkipField"/> without a default or on partial updates.</summary>
    public object? GetDefault(Serializer? root)
    {
        if (!HasDefault || root is { Partial: true })
        {
            throw new SkipField();
        }
        return ResolveDefault(Default, this, root);
    }

    /// <summary>Converts a non-null input value into the native value; throws through <see cref="Fail"/>.</summary>
    protected abstract object? ToInternalValue(JsonNode data, Serializer? root);

    /// <summary>Runs every validator (declared first, then built-in), collecting their messages into one error.</summary>
    public void RunValidators(object? value, Serializer? root) => RunAll(BuiltValidators, value, root);

    /// <summary>Runs <paramref name="validators"/> on <paramref name="value"/> in order, collecting their messages into one error (DRF's <c>run_validators</c>).</summary>
    private protected void RunAll(IValidator[] validators, object? value, Serializer? root)
    {
        List<object>? errors = null;
        foreach (var validator in validators)
        {
            try
            {
                validator.Validate(value, this, root);
            }
            catch (ValidationError error)
            {
                if (error.Detail is not List<object> list)
                {
                    throw;
                }
                (errors ??= []).AddRange(list);
            }
        }
        if (errors is not null)
        {
            throw new ValidationError(errors);
        }
    }

    /// <summary>The validators the field adds from its arguments (max_length and similar), run after <see cref="Validators"/>.</summary>
    protected virtual IEnumerable<IValidator> GetBuiltInValidators() => [];
}
