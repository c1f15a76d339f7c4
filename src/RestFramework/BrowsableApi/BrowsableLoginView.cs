// Provides the HTML login page of the browsable API: LoginView that also renders as a page with a login form.
using RestFramework.Authentication;
using RestFramework.Renderers;

namespace RestFramework.BrowsableApi;

/// <summary>DRF's <c>api-auth/login/</c> page: <see cref="LoginView"/> with the browsable renderer, which shows a username and password form.</summary>
/// <param name="store">The user store.</param>
[Schemas.ExcludeFromSchema]
public class BrowsableLoginView(IUserStore store) : LoginView(store)
{
    /// <inheritdoc />
    public override IReadOnlyList<Type>? RendererTypes => [typeof(BrowsableApiRenderer), typeof(JsonRenderer)];

    /// <inheritdoc />
    public override string GetViewName() => "Log in";
}
