// Provides the object-level half of Serializer validation: Meta validators with read-only defaults, nested source assignment and as_serializer_error.
using RestFramework.Exceptions;
using RestFramework.Fields;

namespace RestFramework.Serializers;

public abstract partial class Serializer
{
    private void RunObjectValidators(OrderedDictionary<string, object?> attrs, Serializer root)
    {
        if (Schema.Validators.Length == 0)
        {
            return;
        }
        var toValidate = new OrderedDictionary<string, object?>();
        foreach (var field in Schema.Fields)
        {
            if (field.ReadOnly && field.HasDefault && field.EffectiveSource != "*" && !field.EffectiveSource.Contains('.', StringComparison.Ordinal))
            {
                try
                {
                    toValidate[field.EffectiveSource] = field.GetDefault(root);
                }
                catch (SkipField)
                {
                }
            }
        }
        foreach (var (key, value) in attrs)
        {
            toValidate[key] = value;
        }
        RunAll(Schema.Validators, toValidate, root);
    }

    private static void SetValue(OrderedDictionary<string, object?> target, IReadOnlyList<string> keys, object? value)
    {
        if (keys.Count == 0)
        {
            if (value is OrderedDictionary<string, object?> whole)
            {
                foreach (var (key, item) in whole)
                {
                    target[key] = item;
                }
            }
            return;
        }
        for (var i = 0; i < keys.Count - 1; i++)
        {
            if (!target.TryGetValue(keys[i], out var next) || next is not OrderedDictionary<string, object?> nested)
            {
                nested = [];
                target[keys[i]] = nested;
            }
            target = nested;
        }
        target[keys[^1]] = value;
    }

    /// <summary>DRF's <c>as_serializer_error</c>: a list or message becomes non-field errors; dictionary values become lists.</summary>
    private object AsSerializerError(object detail)
    {
        switch (detail)
        {
            case OrderedDictionary<string, object> map:
                var result = new OrderedDictionary<string, object>(map.Count);
                foreach (var (key, value) in map)
                {
                    result[key] = value is List<object> or OrderedDictionary<string, object> ? value : new List<object> { value };
                }
                return result;
            case List<object> list when Many && list.Any(item => item is OrderedDictionary<string, object>):
                return list;
            case List<object> list:
                return new OrderedDictionary<string, object> { [NonFieldErrorsKey] = list };
            default:
                return new OrderedDictionary<string, object> { [NonFieldErrorsKey] = new List<object> { detail } };
        }
    }
}
