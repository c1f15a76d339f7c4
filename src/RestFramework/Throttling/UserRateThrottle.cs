// Provides the throttle of requests per user (per client address for anonymous requests).
using System.Globalization;
using RestFramework.Requests;
using RestFramework.Views;

namespace RestFramework.Throttling;

/// <summary>Limits requests per user id, or per client address when anonymous, at the <c>user</c> rate.</summary>
/// <param name="store">The throttle store.</param>
/// <param name="timeProvider">The clock.</param>
public class UserRateThrottle(IThrottleStore store, TimeProvider timeProvider) : SimpleRateThrottle(store, timeProvider)
{
    /// <inheritdoc />
    public override string? Scope => "user";

    /// <inheritdoc />
    protected override string? GetCacheKey(Request request, ApiView view) => FormatCacheKey(UserIdent(request));

    /// <summary>The user's id when authenticated, else the client address.</summary>
    internal static string UserIdent(Request request) =>
        request.User.IsAuthenticated
            ? Convert.ToString(request.User.Id, CultureInfo.InvariantCulture) ?? "None"
            : GetIdent(request);
}
