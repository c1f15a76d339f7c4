// Provides the validation of Serializer: is_valid, to_internal_value over writable fields, hooks, validators and validate() in DRF's order.
using System.Text.Json.Nodes;
using RestFramework.Exceptions;
using RestFramework.Fields;

namespace RestFramework.Serializers;

public abstract partial class Serializer
{
    private object? _validated;
    private object? _errors;

    /// <summary>Validates <see cref="InitialData"/> once; returns whether it is valid. With <paramref name="raiseException"/>, throws <see cref="ValidationError"/> with <see cref="Errors"/>.</summary>
    public bool IsValid(bool raiseException = false)
    {
        if (ReferenceEquals(InitialData, Empty))
        {
            throw new InvalidOperationException("Cannot call `.is_valid()` as no `data=` keyword argument was passed when instantiating the serializer instance.");
        }
        if (_validated is null && _errors is null)
        {
            try
            {
                _validated = RunValidation(InitialData, this);
                _errors = NoErrors;
            }
            catch (ValidationError error)
            {
                _validated = Many ? new List<OrderedDictionary<string, object?>>() : new OrderedDictionary<string, object?>();
                _errors = error.Detail;
            }
        }
        if (HasErrors && raiseException)
        {
            throw new ValidationError(Errors);
        }
        return !HasErrors;
    }

    /// <summary>The errors of the last <see cref="IsValid"/>: a dictionary of field errors, or (with <see cref="Many"/>) a list of them.</summary>
    public object Errors
    {
        get
        {
            var errors = _errors ?? throw new InvalidOperationException("You must call `.is_valid()` before accessing `.errors`.");
            if (ReferenceEquals(errors, NoErrors))
            {
                return EmptyErrors();
            }
            if (errors is List<object> { Count: 1 } list && list[0] is ErrorDetail { Code: "null" })
            {
                return new OrderedDictionary<string, object> { [NonFieldErrorsKey] = new List<object> { new ErrorDetail("No data provided", "null") } };
            }
            return errors;
        }
    }

    /// <summary>The validated data, keyed by source attribute (dotted sources nest).</summary>
    public OrderedDictionary<string, object?> ValidatedData => _validated as OrderedDictionary<string, object?>
        ?? (_validated is null ? throw new InvalidOperationException("You must call `.is_valid()` before accessing `.validated_data`.")
            : throw new InvalidOperationException("This serializer has `Many` set: read `ValidatedList`."));

    /// <summary>With <see cref="Many"/>: the validated data of each item.</summary>
    public IReadOnlyList<OrderedDictionary<string, object?>> ValidatedList => _validated as List<OrderedDictionary<string, object?>>
        ?? throw new InvalidOperationException("You must call `.is_valid()` before accessing `.validated_data`.");

    private bool HasErrors => _errors is OrderedDictionary<string, object> { Count: > 0 } || (_errors is List<object> list && list.Count > 0 && list.Any(e => e is not OrderedDictionary<string, object> { Count: 0 }));

    /// <summary>The marker of a successful validation; <see cref="Errors"/> then returns a fresh empty dictionary or list.</summary>
    private static readonly object NoErrors = new();

    private object EmptyErrors() => Many ? new List<object>() : new OrderedDictionary<string, object>();

    /// <inheritdoc />
    /// <remarks>In form input a nested list (<see cref="Many"/>) reads the indexed keys <c>name[0]field</c> (DRF's <c>parse_html_list</c>,
    /// also on a partial update) and a nested object the dotted keys <c>name.field</c> (<c>parse_html_dict</c>).</remarks>
    public override JsonNode? GetValue(JsonObject data, Serializer? root)
    {
        if (root is { IsHtmlInput: true })
        {
            return (Many ? FormList.Indexed(root, FieldName) : (JsonNode?)FormList.Dotted(root, FieldName)) ?? Empty;
        }
        return data.TryGetPropertyValue(FieldName, out var value) ? value : Empty;
    }

    /// <inheritdoc />
    public override object? RunValidation(JsonNode? data, Serializer? root = null)
    {
        var (isEmpty, value) = ValidateEmptyValues(data, root);
        if (isEmpty)
        {
            return value;
        }
        var scoped = ScopedTo(root);
        var native = scoped.ToInternalValue(data!, root ?? scoped);
        try
        {
            if (native is OrderedDictionary<string, object?> attrs)
            {
                scoped.RunObjectValidators(attrs, root ?? scoped);
                return scoped.Validate(attrs) ?? throw new InvalidOperationException(".validate() should return the validated data");
            }
            return native;
        }
        catch (ValidationError error)
        {
            throw new ValidationError(AsSerializerError(error.Detail));
        }
    }

    /// <summary>Object-level validation (DRF's <c>validate(attrs)</c>): runs after every field is valid; return the (possibly changed) attributes or throw <see cref="ValidationError"/>.</summary>
    protected virtual OrderedDictionary<string, object?> Validate(OrderedDictionary<string, object?> attrs) => attrs;

    /// <inheritdoc />
    protected override object? ToInternalValue(JsonNode data, Serializer? root)
    {
        if (Many)
        {
            return ToInternalList(data, root);
        }
        if (data is not JsonObject map)
        {
            var message = FormatMessage(GetMessage("invalid"), ("datatype", JsonInput.TypeName(data)));
            throw new ValidationError(new OrderedDictionary<string, object> { [NonFieldErrorsKey] = new List<object> { new ErrorDetail(message, "invalid") } });
        }
        var schema = Schema;
        var result = new OrderedDictionary<string, object?>(schema.Writable.Length);
        OrderedDictionary<string, object>? errors = null;
        for (var i = 0; i < schema.Writable.Length; i++)
        {
            var field = schema.Writable[i];
            try
            {
                var value = field.RunValidation(field.GetValue(map, root), root);
                if (schema.Hooks[i] is { } hook)
                {
                    value = hook(this, value);
                }
                SetValue(result, field.SourceAttrs, value);
            }
            catch (ValidationError error)
            {
                (errors ??= [])[field.FieldName] = error.Detail;
            }
            catch (SkipField)
            {
            }
        }
        if (errors is not null)
        {
            throw new ValidationError(errors);
        }
        return result;
    }
}
