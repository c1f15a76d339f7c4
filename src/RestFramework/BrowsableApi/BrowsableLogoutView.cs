// Provides the logout page of the browsable API: LogoutView that also renders as a page.
using RestFramework.Authentication;
using RestFramework.Renderers;

namespace RestFramework.BrowsableApi;

/// <summary>DRF's <c>api-auth/logout/</c>: <see cref="LogoutView"/> with the browsable renderer, so a logout without <c>next</c> shows a page.</summary>
[Schemas.ExcludeFromSchema]
public class BrowsableLogoutView : LogoutView
{
    /// <inheritdoc />
    public override IReadOnlyList<Type>? RendererTypes => [typeof(BrowsableApiRenderer), typeof(JsonRenderer)];

    /// <inheritdoc />
    public override string GetViewName() => "Log out";
}
