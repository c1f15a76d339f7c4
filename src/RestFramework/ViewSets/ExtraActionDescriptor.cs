// Provides what is known of one extra action of a viewset type: its route segment, route name, methods and policies.
namespace RestFramework.ViewSets;

/// <summary>An <see cref="ActionAttribute"/> method with the methods mapped onto its route.</summary>
internal sealed class ExtraActionDescriptor
{
    public ExtraActionDescriptor(string name, string methodName, ActionAttribute attribute, IReadOnlyDictionary<string, ActionBinding> mapping)
    {
        Name = name;
        MethodName = methodName;
        Attribute = attribute;
        Mapping = mapping;
        UrlPath = attribute.UrlPath ?? name;
        UrlName = attribute.UrlName ?? name.Replace('_', '-');
    }

    /// <summary>The action name (<c>set_age</c>).</summary>
    public string Name { get; }

    /// <summary>The C# method carrying the attribute.</summary>
    public string MethodName { get; }

    /// <summary>The attribute, with the route's policy overrides.</summary>
    public ActionAttribute Attribute { get; }

    /// <summary>True for a detail action.</summary>
    public bool Detail => Attribute.Detail;

    /// <summary>The URL segment (<c>set_age</c>).</summary>
    public string UrlPath { get; }

    /// <summary>The route name's suffix (<c>set-age</c>).</summary>
    public string UrlName { get; }

    /// <summary>Upper-case HTTP method to the action it runs.</summary>
    public IReadOnlyDictionary<string, ActionBinding> Mapping { get; }

    /// <summary>The view name of the route: the attribute's <c>Name</c>, else <c>pretty_name</c> unless a <c>Suffix</c> is set.</summary>
    public string? ViewName => Attribute.Name ?? (Attribute.Suffix is null ? ActionNames.PrettyName(Name) : null);
}
