// Provides the compiled read plan of a serializer: one SQL projection of the rendered columns and a writer of its rows.
using System.Linq.Expressions;

namespace RestFramework.Serializers;

/// <summary>The read path of a serializer type: a projection to rows of values (one SQL query) or, when some field runs C#, per-object rendering.</summary>
internal sealed class ProjectionPlan
{
    private Delegate? _compiled;

    private ProjectionPlan(LambdaExpression? selector, RowWriter? writer, string? reason, IReadOnlyList<string> includes)
    {
        Selector = selector;
        Writer = writer;
        Reason = reason;
        Includes = includes;
    }

    /// <summary>The projection <c>x =&gt; new object?[] { ... }</c>, or null on the per-object path.</summary>
    public LambdaExpression? Selector { get; }

    /// <summary>The projection compiled to a delegate, for in-memory queryables (built on first use).</summary>
    public Delegate Compiled => _compiled ??= Selector!.Compile();

    /// <summary>The writer of projected rows.</summary>
    public RowWriter? Writer { get; }

    /// <summary>Why the per-object path is taken, or null.</summary>
    public string? Reason { get; }

    /// <summary>The navigation paths loaded up front on the per-object path.</summary>
    public IReadOnlyList<string> Includes { get; }

    public static ProjectionPlan Projected(LambdaExpression selector, RowWriter writer, IReadOnlyList<string> includes) => new(selector, writer, null, includes);

    public static ProjectionPlan PerObject(string reason, IReadOnlyList<string> includes) => new(null, null, reason, includes);
}
