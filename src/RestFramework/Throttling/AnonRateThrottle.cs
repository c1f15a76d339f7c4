// Provides the throttle of anonymous requests, keyed by client address.
using RestFramework.Requests;
using RestFramework.Views;

namespace RestFramework.Throttling;

/// <summary>Limits anonymous requests per client address at the <c>anon</c> rate; authenticated requests pass.</summary>
/// <param name="store">The throttle store.</param>
/// <param name="timeProvider">The clock.</param>
public class AnonRateThrottle(IThrottleStore store, TimeProvider timeProvider) : SimpleRateThrottle(store, timeProvider)
{
    /// <inheritdoc />
    public override string? Scope => "anon";

    /// <inheritdoc />
    protected override string? GetCacheKey(Request request, ApiView view) =>
        request.User.IsAuthenticated ? null : FormatCacheKey(GetIdent(request));
}
