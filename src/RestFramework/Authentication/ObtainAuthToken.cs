// Provides ObtainAuthToken: POST a username and password, get the user's token.
using System.Text.Json.Nodes;
using RestFramework.Exceptions;
using RestFramework.Metadata;
using RestFramework.Parsers;
using RestFramework.Serializers;
using RestFramework.Permissions;
using RestFramework.Renderers;
using RestFramework.Requests;
using RestFramework.Responses;
using RestFramework.Throttling;
using RestFramework.Views;

namespace RestFramework.Authentication;

/// <summary>
/// DRF's <c>ObtainAuthToken</c>: <c>POST {"username": ..., "password": ...}</c> (JSON, form or multipart) answers
/// <c>{"token": key}</c>, creating the user's token on first use; wrong credentials give
/// <c>{"non_field_errors": ["Unable to log in with provided credentials."]}</c>.
/// </summary>
/// <remarks>
/// Unlike DRF, which does not throttle this view, it is throttled by <see cref="ScopedRateThrottle"/> with the scope
/// <see cref="Scope"/>: set <c>RestFramework:DefaultThrottleRates:login</c> (for example <c>"5/minute"</c>) to limit password guessing.
/// </remarks>
/// <param name="store">The user store.</param>
public class ObtainAuthToken(IUserStore store) : ApiView, IDescribesActions
{
    /// <summary>The throttle scope of this view.</summary>
    public const string Scope = "login";

    /// <inheritdoc />
    public override IReadOnlyList<Type>? ParserTypes => [typeof(FormParser), typeof(MultiPartParser), typeof(JsonParser)];

    /// <inheritdoc />
    public override IReadOnlyList<Type>? RendererTypes => [typeof(JsonRenderer)];

    /// <inheritdoc />
    public override IReadOnlyList<Type>? PermissionTypes => [];

    /// <inheritdoc />
    public override IReadOnlyList<Type>? ThrottleTypes => [typeof(ScopedRateThrottle)];

    /// <inheritdoc />
    public override string? ThrottleScope => Scope;

    /// <summary>The OPTIONS <c>actions</c>: the fields of <see cref="AuthTokenSerializer"/> for POST, as DRF describes the view.</summary>
    public ValueTask<IReadOnlyDictionary<string, object?>> DetermineActionsAsync(Request request) =>
        ValueTask.FromResult<IReadOnlyDictionary<string, object?>>(new OrderedDictionary<string, object?>
        {
            ["POST"] = SerializerMetadata.Describe(new AuthTokenSerializer()),
        });

    /// <inheritdoc />
    protected override async ValueTask<Response> PostAsync(Request request)
    {
        var (userName, password) = Credentials.Read(request.Data, Options.NonFieldErrorsKey);
        var user = await ValidateAsync(userName, password);
        var token = await store.GetOrCreateTokenAsync(user, HttpContext.RequestAborted);
        return new Response(new Dictionary<string, object?> { ["token"] = token.Key });
    }

    /// <summary>DRF's <c>AuthTokenSerializer.validate</c>: the user the credentials name, or a non-field error.</summary>
    protected virtual async ValueTask<User> ValidateAsync(string userName, string password)
    {
        if (userName.Length == 0 || password.Length == 0)
        {
            throw NonFieldError("Must include \"username\" and \"password\".");
        }
        return await store.AuthenticateAsync(userName, password, HttpContext.RequestAborted)
            ?? throw NonFieldError("Unable to log in with provided credentials.");
    }

    private ValidationError NonFieldError(string message) =>
        new(new Dictionary<string, object> { [Options.NonFieldErrorsKey] = new object[] { new ErrorDetail(message, "authorization") } });
}
