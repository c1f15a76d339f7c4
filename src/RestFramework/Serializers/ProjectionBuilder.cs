// Provides the compilation of a serializer's readable fields into one EF Core-translatable projection.
using System.Linq.Expressions;
using System.Reflection;
using System.Text.Json;
using RestFramework.Fields;
using RestFramework.Relations;

namespace RestFramework.Serializers;

/// <summary>Turns source paths, nested serializers, relations and expression fields into <c>x =&gt; new object?[] { ... }</c>.</summary>
/// <remarks>A field that runs arbitrary C# (<see cref="SerializerMethodField"/>, <see cref="StringRelatedField"/>, custom fields) makes the plan fall back to per-object rendering.</remarks>
internal static class ProjectionBuilder
{
    private static readonly MethodInfo SelectMethod = typeof(Enumerable).GetMethods().First(m => m.Name == nameof(Enumerable.Select) && m.GetParameters()[1].ParameterType.GetGenericArguments().Length == 2);
    private static readonly MethodInfo ToListMethod = typeof(Enumerable).GetMethod(nameof(Enumerable.ToList))!;

    public static ProjectionPlan Build(Serializer serializer, Type instanceType)
    {
        var includes = new List<string>();
        CollectIncludes(serializer, instanceType, string.Empty, includes, depth: 0);
        var parameter = Expression.Parameter(instanceType, "x");
        try
        {
            var (body, writer) = Row(serializer, parameter);
            return ProjectionPlan.Projected(Expression.Lambda(body, parameter), writer, includes);
        }
        catch (NotProjectable reason)
        {
            return ProjectionPlan.PerObject(reason.Message, includes);
        }
    }

    private static (Expression Body, RowWriter Writer) Row(Serializer serializer, Expression instance)
    {
        var values = new List<Expression>();
        var columns = new List<RowWriter.Column>();
        foreach (var field in serializer.Schema.Readable)
        {
            var name = JsonEncodedText.Encode(field.FieldName);
            switch (field)
            {
                case Serializer nested when nested.Many:
                {
                    var source = Source(field, instance);
                    var element = ElementType(source.Type) ?? throw new NotProjectable($"field `{field.FieldName}` is not a collection");
                    var item = Expression.Parameter(element, "i");
                    var (row, writer) = Row(nested, item);
                    values.Add(Boxed(SelectToList(source, Expression.Lambda(row, item), typeof(object[]))));
                    columns.Add(new(name, field, RowWriter.Kind.NestedMany, writer));
                    break;
                }
                case Serializer nested:
                {
                    var source = Source(field, instance);
                    var (row, writer) = Row(nested, source);
                    values.Add(source.Type.IsValueType ? row : Expression.Condition(Expression.Equal(source, Expression.Constant(null, source.Type)), Expression.Constant(null, typeof(object[])), row));
                    columns.Add(new(name, field, RowWriter.Kind.Nested, writer));
                    break;
                }
                case IProjectableRelation relation when relation.ProjectedMember(serializer) is { } member:
                {
                    var source = Source(field, instance);
                    if (relation.Many)
                    {
                        var element = ElementType(source.Type) ?? throw new NotProjectable($"field `{field.FieldName}` is not a collection");
                        var item = Expression.Parameter(element, "r");
                        values.Add(Boxed(SelectToList(source, Expression.Lambda(Boxed(Member(item, member, field)), item), typeof(object))));
                        columns.Add(new(name, field, RowWriter.Kind.RelationMany, null));
                    }
                    else
                    {
                        values.Add(Boxed(Member(source, member, field)));
                        columns.Add(new(name, field, RowWriter.Kind.Relation, null));
                    }
                    break;
                }
                case IExpressionField computed:
                    values.Add(Boxed(new Replace(computed.Expression.Parameters[0], instance).Visit(computed.Expression.Body)));
                    columns.Add(new(name, field, RowWriter.Kind.Value, null));
                    break;
                case SerializerMethodField or StringRelatedField:
                    throw new NotProjectable($"field `{field.FieldName}` ({field.GetType().Name}) runs C# code per object");
                default:
                    if (field.GetType().Assembly != typeof(Field).Assembly || field is ReadOnlyField { EffectiveSource: "*" } || IsRelation(field))
                    {
                        throw new NotProjectable($"field `{field.FieldName}` ({field.GetType().Name}) is not projectable");
                    }
                    values.Add(Boxed(Source(field, instance)));
                    columns.Add(new(name, field, RowWriter.Kind.Value, null));
                    break;
            }
        }
        return (Expression.NewArrayInit(typeof(object), values), new RowWriter([.. columns]));
    }

    private static bool IsRelation(Field field) => field.GetType().IsGenericType && field.GetType().Namespace == typeof(IProjectableRelation).Namespace;

    private static Expression Source(Field field, Expression instance)
    {
        var current = instance;
        foreach (var attr in field.SourceAttrs)
        {
            var member = MemberAccess.Resolve(current.Type, attr) ?? throw new NotProjectable($"`{current.Type.Name}` has no member for source `{attr}` of field `{field.FieldName}`");
            current = Expression.MakeMemberAccess(current, member);
        }
        return current;
    }

    private static Expression Member(Expression instance, string name, Field field)
    {
        var member = MemberAccess.Resolve(instance.Type, name) ?? throw new NotProjectable($"`{instance.Type.Name}` has no member `{name}` for field `{field.FieldName}`");
        return Expression.MakeMemberAccess(instance, member);
    }

    /// <summary>Boxes a value; value types pass through their nullable form so that SQL nulls from outer joins stay null.</summary>
    private static Expression Boxed(Expression value)
    {
        if (value.Type.IsValueType && Nullable.GetUnderlyingType(value.Type) is null)
        {
            value = Expression.Convert(value, typeof(Nullable<>).MakeGenericType(value.Type));
        }
        return value.Type == typeof(object) ? value : Expression.Convert(value, typeof(object));
    }

    private static Expression SelectToList(Expression source, LambdaExpression selector, Type result)
    {
        var element = selector.Parameters[0].Type;
        var select = Expression.Call(SelectMethod.MakeGenericMethod(element, result), source, selector);
        return Expression.Call(ToListMethod.MakeGenericMethod(result), select);
    }

    private static Type? ElementType(Type type) =>
        type == typeof(string) ? null
        : type.IsArray ? type.GetElementType()
        : type.GetInterfaces().Append(type).FirstOrDefault(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(IEnumerable<>))?.GetGenericArguments()[0];

    private static void CollectIncludes(Serializer serializer, Type type, string prefix, List<string> includes, int depth)
    {
        if (depth > 5)
        {
            return;
        }
        foreach (var field in serializer.Schema.Readable)
        {
            if (field.SourceAttrs.Count == 0)
            {
                continue;
            }
            var current = type;
            var path = prefix;
            foreach (var attr in field.SourceAttrs)
            {
                var member = MemberAccess.Resolve(current, attr);
                if (member is null)
                {
                    break;
                }
                var memberType = MemberAccess.TypeOf(member);
                var target = ElementType(memberType) is { IsClass: true } element && element != typeof(string) ? element : memberType;
                if (!target.IsClass || target == typeof(string) || target.Namespace?.StartsWith("System", StringComparison.Ordinal) == true)
                {
                    break;
                }
                path = path.Length == 0 ? member.Name : path + "." + member.Name;
                if (!includes.Contains(path))
                {
                    includes.Add(path);
                }
                current = target;
            }
            if (field is Serializer nested && current != type)
            {
                CollectIncludes(nested, current, path, includes, depth + 1);
            }
        }
    }

    private sealed class Replace(ParameterExpression from, Expression to) : ExpressionVisitor
    {
        protected override Expression VisitParameter(ParameterExpression node) => node == from ? to : base.VisitParameter(node);
    }

    private sealed class NotProjectable(string reason) : Exception(reason);
}
