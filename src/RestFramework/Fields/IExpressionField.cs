// Provides the marker of fields computed by an expression, for the compiled projection.
using System.Linq.Expressions;

namespace RestFramework.Fields;

/// <summary>A field whose value is a lambda over the instance, projected into SQL by the compiled read path.</summary>
public interface IExpressionField
{
    /// <summary>The lambda from the instance to the value.</summary>
    LambdaExpression Expression { get; }
}
