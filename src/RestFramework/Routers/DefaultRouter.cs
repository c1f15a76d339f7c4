// Provides DefaultRouter, DRF's DefaultRouter: SimpleRouter plus the API root view and format suffix routes.
namespace RestFramework.Routers;

/// <summary>
/// A <see cref="SimpleRouter"/> that also maps the API root (<c>api-root</c>, listing each prefix's list URL) and, for every route, a
/// <c>.{format}</c> variant with the same name for reversal (<c>questions.json</c>, <c>questions/1.json</c>, <c>.json</c> at the root).
/// </summary>
/// <param name="trailingSlash">Whether URLs end with a slash. Defaults to true.</param>
public class DefaultRouter(bool trailingSlash = true) : SimpleRouter(trailingSlash)
{
    /// <summary>Whether the API root view is mapped. Defaults to true.</summary>
    public bool IncludeRootView { get; init; } = true;

    /// <summary>Whether format suffix routes are mapped. Defaults to true.</summary>
    public bool IncludeFormatSuffixes { get; init; } = true;

    /// <summary>The route name of the API root. Defaults to <c>api-root</c>.</summary>
    public string RootViewName { get; init; } = "api-root";

    /// <summary>The root view type, <see cref="ApiRootView"/> or a subclass. Defaults to <see cref="ApiRootView"/>.</summary>
    public Type RootViewType { get; init; } = typeof(ApiRootView);

    private protected override bool IncludeFormatSuffixesCore => IncludeFormatSuffixes;

    private protected override IEnumerable<RouteSpec> GetExtraRouteSpecs()
    {
        if (!IncludeRootView)
        {
            yield break;
        }
        if (!typeof(ApiRootView).IsAssignableFrom(RootViewType))
        {
            throw new InvalidOperationException($"DefaultRouter.RootViewType must be ApiRootView or a subclass of it; {RootViewType.Name} is not.");
        }
        var roots = Registry.Select(r => new KeyValuePair<string, string>(r.Prefix, $"{r.Basename}-list")).ToList();
        var create = Factory(RootViewType);
        yield return new RouteSpec("/", RootViewName, TrailingSlash: true, Policies: null, RootViewType,
            context =>
            {
                var view = (ApiRootView)create(context);
                view.ApiRootDict = roots;
                return view;
            },
            Route: null);
    }
}
