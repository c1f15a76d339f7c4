// Provides ExpressionField: a read-only value computed by an expression that SQL can evaluate.
using System.Linq.Expressions;
using System.Text.Json.Nodes;
using RestFramework.Serializers;

namespace RestFramework.Fields;

/// <summary>A <see cref="SerializerMethodField"/> written as a pure expression over the instance; it takes part in the compiled SQL projection.</summary>
/// <typeparam name="T">The instance type.</typeparam>
/// <typeparam name="TResult">The computed type.</typeparam>
public sealed class ExpressionField<T, TResult> : Field, IExpressionField
{
    private readonly Func<T, TResult> _compiled;

    /// <summary>Creates the field from <paramref name="expression"/>, e.g. <c>b =&gt; b.Tags.Count</c>.</summary>
    public ExpressionField(Expression<Func<T, TResult>> expression)
    {
        Expression = expression;
        _compiled = expression.Compile();
        ReadOnly = true;
        Source = "*";
    }

    /// <summary>The expression.</summary>
    public Expression<Func<T, TResult>> Expression { get; }

    LambdaExpression IExpressionField.Expression => Expression;

    /// <summary>The field rendering the computed value; defaults to its plain representation.</summary>
    public Field? Output { get; set; }

    /// <inheritdoc />
    protected override object? ToInternalValue(JsonNode data, Serializer? root) => data;

    /// <inheritdoc />
    public override object? GetAttribute(object instance, Serializer? root) => instance is T typed ? _compiled(typed) : instance;

    /// <inheritdoc />
    public override object? ToRepresentation(object value, Serializer? root) => Output is null ? value : Output.ToRepresentation(value, root);
}
