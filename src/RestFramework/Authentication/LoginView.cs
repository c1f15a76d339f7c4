// Provides the session login endpoint: a CSRF-protected POST of a username and password that signs in with the session cookie.
using RestFramework.Exceptions;
using RestFramework.Parsers;
using RestFramework.Renderers;
using RestFramework.Requests;
using RestFramework.Responses;
using RestFramework.Throttling;
using RestFramework.Views;

namespace RestFramework.Authentication;

/// <summary>
/// The JSON counterpart of DRF's <c>api-auth/login/</c> page (Django's <c>LoginView</c>). GET sets the <c>csrftoken</c> cookie and answers
/// <c>{"csrftoken": ...}</c>; POST, with that token, checks <c>username</c> and <c>password</c>, signs the user in with the session
/// cookie, rotates the CSRF token and redirects to a local <c>next</c> URL or answers <c>{"username": ..., "csrftoken": ...}</c>.
/// </summary>
/// <remarks>
/// Wrong credentials give Django's <c>"Please enter a correct username and password. Note that both fields may be case-sensitive."</c>
/// under <c>non_field_errors</c>. Throttled by the <c>login</c> scope. Needs <c>AddRestFrameworkSession()</c>.
/// </remarks>
/// <param name="store">The user store.</param>
public class LoginView(IUserStore store) : ApiView
{
    /// <inheritdoc />
    public override IReadOnlyList<Type>? ParserTypes => [typeof(FormParser), typeof(MultiPartParser), typeof(JsonParser)];

    /// <inheritdoc />
    public override IReadOnlyList<Type>? RendererTypes => [typeof(JsonRenderer)];

    /// <inheritdoc />
    public override IReadOnlyList<Type>? AuthenticationTypes => [];

    /// <inheritdoc />
    public override IReadOnlyList<Type>? PermissionTypes => [];

    /// <inheritdoc />
    public override IReadOnlyList<Type>? ThrottleTypes => [typeof(ScopedRateThrottle)];

    /// <inheritdoc />
    public override string? ThrottleScope => ObtainAuthToken.Scope;

    /// <inheritdoc />
    /// <remarks>Only POST (a login attempt) counts against the scope's rate; fetching the CSRF token does not.</remarks>
    public override IReadOnlyList<IThrottle> GetThrottles() =>
        Microsoft.AspNetCore.Http.HttpMethods.IsPost(Request.Method) ? base.GetThrottles() : [];

    /// <inheritdoc />
    protected override ValueTask<Response> GetAsync(Request request) =>
        ValueTask.FromResult(new Response(new Dictionary<string, object?> { ["csrftoken"] = Csrf.GetToken(HttpContext) }));

    /// <inheritdoc />
    protected override async ValueTask<Response> PostAsync(Request request)
    {
        await CsrfCheck.EnforceAsync(HttpContext, request.Form);
        var (userName, password) = Credentials.Read(request.Data, Options.NonFieldErrorsKey);
        var user = await store.AuthenticateAsync(userName, password, HttpContext.RequestAborted)
            ?? throw new ValidationError(new Dictionary<string, object>
            {
                [Options.NonFieldErrorsKey] = new object[]
                {
                    new ErrorDetail("Please enter a correct username and password. Note that both fields may be case-sensitive.", "invalid_login"),
                },
            });
        var csrfToken = await Session.LoginAsync(HttpContext, user);
        return Redirect.ToNext(request) ?? new Response(new Dictionary<string, object?> { ["username"] = user.UserName, ["csrftoken"] = csrfToken });
    }
}
