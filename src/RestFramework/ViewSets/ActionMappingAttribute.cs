// Provides [ActionMapping], DRF's @action.mapping: another method of the same extra action, answering further HTTP methods.
namespace RestFramework.ViewSets;

/// <summary>
/// Maps HTTP methods of an extra action's route to this method, as DRF's <c>@example.mapping.post</c>:
/// <c>[ActionMapping(nameof(ExampleAsync), "post")] ValueTask&lt;Response&gt; CreateExampleAsync(Request request)</c>.
/// </summary>
/// <remarks>The request's <c>Action</c> is this method's action name (<c>create_example</c>); the route's policies are the extra action's.</remarks>
/// <param name="action">The C# name of the <see cref="ActionAttribute"/> method whose route this method joins.</param>
/// <param name="methods">The HTTP methods this method answers.</param>
[AttributeUsage(AttributeTargets.Method, AllowMultiple = false, Inherited = true)]
public sealed class ActionMappingAttribute(string action, params string[] methods) : Attribute
{
    /// <summary>The C# name of the extra action's method.</summary>
    public string Action { get; } = action;

    /// <summary>The HTTP methods this method answers.</summary>
    public IReadOnlyList<string> Methods { get; } = methods;
}
