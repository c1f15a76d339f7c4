// Provides the session logout endpoint.
using RestFramework.Renderers;
using RestFramework.Requests;
using RestFramework.Responses;
using RestFramework.Views;

namespace RestFramework.Authentication;

/// <summary>
/// The JSON counterpart of DRF's <c>api-auth/logout/</c>: POST (or GET, as Django 3.2 allows) ends the session and redirects to a local
/// <c>next</c> URL, or answers 200 <c>{"detail": "Logged out."}</c>.
/// </summary>
public class LogoutView : ApiView
{
    /// <inheritdoc />
    public override IReadOnlyList<Type>? RendererTypes => [typeof(JsonRenderer)];

    /// <inheritdoc />
    public override IReadOnlyList<Type>? AuthenticationTypes => [];

    /// <inheritdoc />
    public override IReadOnlyList<Type>? PermissionTypes => [];

    /// <inheritdoc />
    protected override ValueTask<Response> GetAsync(Request request) => LogoutAsync(request);

    /// <inheritdoc />
    protected override ValueTask<Response> PostAsync(Request request) => LogoutAsync(request);

    private async ValueTask<Response> LogoutAsync(Request request)
    {
        await Session.LogoutAsync(HttpContext);
        return Redirect.ToNext(request) ?? new Response(new Dictionary<string, object?> { ["detail"] = "Logged out." });
    }
}
