// Provides the many=True behaviour of Serializer (DRF's ListSerializer): list input, per-item errors with {} placeholders.
using System.Text.Json.Nodes;
using RestFramework.Exceptions;

namespace RestFramework.Serializers;

public abstract partial class Serializer
{
    private List<OrderedDictionary<string, object?>> ToInternalList(JsonNode data, Serializer? root)
    {
        if (data is not JsonArray items)
        {
            throw ListError("not_a_list", ("input_type", RestFramework.Fields.JsonInput.TypeName(data)));
        }
        if (!AllowEmpty && items.Count == 0)
        {
            throw ListError("empty");
        }
        if (MaxLength is { } max && items.Count > max)
        {
            throw ListError("max_length", ("max_length", max));
        }
        if (MinLength is { } min && items.Count < min)
        {
            throw ListError("min_length", ("min_length", min));
        }
        var result = new List<OrderedDictionary<string, object?>>(items.Count);
        List<object>? errors = null;
        var item = (Serializer)MemberwiseClone();
        item.SetSingle();
        item._scoped = true;
        item.Context = (root ?? this).Context;
        item.Partial = (root ?? this).Partial;
        foreach (var node in items)
        {
            try
            {
                result.Add((OrderedDictionary<string, object?>)item.RunValidation(node, root ?? this)!);
                errors?.Add(new OrderedDictionary<string, object>());
            }
            catch (ValidationError error)
            {
                if (errors is null)
                {
                    // {} placeholders for the items validated so far.
                    errors = new List<object>(items.Count);
                    for (var i = 0; i < result.Count; i++)
                    {
                        errors.Add(new OrderedDictionary<string, object>());
                    }
                }
                errors.Add(error.Detail);
            }
        }
        if (errors is not null)
        {
            throw new ValidationError(errors);
        }
        return result;
    }

    private ValidationError ListError(string key, params (string Name, object? Value)[] args) =>
        new(new OrderedDictionary<string, object> { [NonFieldErrorsKey] = new List<object> { new ErrorDetail(FormatMessage(GetMessage(key), args), key) } });

    /// <summary>Turns a many-serializer copy into its single-item child.</summary>
    private void SetSingle() => _many = false;
}
