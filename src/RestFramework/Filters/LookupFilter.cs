// Provides the filter generated for a field path and a lookup, with django-filter's typed parsing and messages.
using System.Collections;
using System.Linq.Expressions;
using System.Reflection;

namespace RestFramework.Filters;

/// <summary>A filter on a field path with a lookup, parsed per column type as django-filter's generated filters are.</summary>
internal sealed class LookupFilter<T> : FieldFilter<T>
{
    /// <summary>django-filter's message for a range without exactly two values.</summary>
    public const string RangeMessage = "Range query expects two values.";

    private static readonly MethodInfo ContainsDefinition = typeof(Enumerable).GetMethods()
        .Single(m => m.Name == nameof(Enumerable.Contains) && m.GetParameters().Length == 2);

    private readonly FieldPath _path;
    private readonly string _lookup;
    private readonly Type _valueType;
    private readonly MethodInfo? _contains;

    public LookupFilter(string name, FieldPath path, string lookup)
    {
        if (!Lookups.Supported.Contains(lookup))
        {
            throw new InvalidOperationException($"Filter '{name}': unsupported lookup '{lookup}'; use one of {string.Join(", ", Lookups.Supported)}, or a method filter.");
        }
        if (Lookups.IsText(lookup) && path.LeafType != typeof(string))
        {
            throw new InvalidOperationException($"Filter '{name}': the '{lookup}' lookup needs a string property, but {path.Root.Name}.{path.Path} is {path.LeafType.Name}.");
        }
        Name = name;
        _path = path;
        _lookup = lookup;
        _valueType = Nullable.GetUnderlyingType(path.LeafType) ?? path.LeafType;
        if (lookup == "in")
        {
            _contains = ContainsDefinition.MakeGenericMethod(path.LeafType);
        }
    }

    public override string Name { get; }

    public override object? Prepare(string raw, out string? error)
    {
        error = null;
        // Django's CharField and DecimalField strip the value (str.strip()); ChoiceField, for an exact lookup on choices, does not.
        var text = _valueType.IsEnum && _lookup == "exact" ? raw : Fields.PythonText.Strip(raw);
        switch (_lookup)
        {
            case "isnull":
                var flag = ValueParser.Parse(typeof(bool), text);
                return flag.Ignored ? null : flag.Value;
            case "in":
                return PrepareList(text, out error);
            case "range":
                if (text.Length == 0)
                {
                    return null;
                }
                var parts = text.Split(',');
                if (parts.Length != 2)
                {
                    error = RangeMessage;
                    return null;
                }
                var bounds = new object?[2];
                for (var i = 0; i < 2; i++)
                {
                    var part = parts[i].Trim();
                    if (part.Length == 0)
                    {
                        continue;
                    }
                    var parsed = ValueParser.Parse(_valueType, part);
                    if (parsed.Error is not null)
                    {
                        error = parsed.Error;
                        return null;
                    }
                    bounds[i] = parsed.Value;
                }
                return bounds;
            default:
                // Django tests emptiness before stripping: a blank value is an error for number and date fields,
                // and empty (ignored) for text, UUID and boolean fields, which strip first.
                if (raw.Length == 0 || (text.Length == 0 && (_valueType == typeof(string) || _valueType == typeof(Guid) || _valueType == typeof(bool))))
                {
                    return null;
                }
                var value = ValueParser.Parse(_valueType, text);
                error = value.Error;
                if (value.Error is not null || value.Ignored)
                {
                    return null;
                }
                return value.Value;
        }
    }

    public override IQueryable<T> Apply(IQueryable<T> queryset, object prepared)
    {
        var parameter = Expression.Parameter(typeof(T), "x");
        var body = _path.Predicate(parameter, column => _lookup switch
        {
            "isnull" => Lookups.IsNull(column, (bool)prepared),
            "in" => Expression.Call(_contains!, QueryValue.For(prepared, prepared.GetType()), column),
            "range" => Range(column, (object?[])prepared),
            _ => Lookups.Single(_lookup, column, prepared, _valueType),
        });
        return queryset.Where(Expression.Lambda<Func<T, bool>>(body, parameter));
    }

    private static Expression Range(Expression column, object?[] bounds)
    {
        // Django sends BETWEEN NULL AND x for a missing half, which matches nothing.
        if (bounds[0] is null || bounds[1] is null)
        {
            return Expression.Constant(false);
        }
        return Expression.AndAlso(
            Comparison.Build(ExpressionType.GreaterThanOrEqual, column, QueryValue.For(bounds[0], bounds[0]!.GetType())),
            Comparison.Build(ExpressionType.LessThanOrEqual, column, QueryValue.For(bounds[1], bounds[1]!.GetType())));
    }

    private object? PrepareList(string text, out string? error)
    {
        error = null;
        if (text.Length == 0)
        {
            return null;
        }
        var items = new List<object?>();
        foreach (var part in text.Split(','))
        {
            var item = part.Trim();
            if (item.Length == 0)
            {
                continue;
            }
            var parsed = ValueParser.Parse(_valueType, item);
            if (_valueType.IsEnum || parsed.Ignored)
            {
                // django-filter's "in" on choices is a plain CharFilter: unknown names simply match nothing.
                if (parsed.Error is null && !parsed.Ignored)
                {
                    items.Add(parsed.Value);
                }
                continue;
            }
            if (parsed.Error is not null)
            {
                error = parsed.Error;
                return null;
            }
            items.Add(parsed.Value);
        }
        var array = Array.CreateInstance(_path.LeafType, items.Count);
        for (var i = 0; i < items.Count; i++)
        {
            array.SetValue(items[i], i);
        }
        return (IList)array;
    }
}
