// Provides the throttle whose scope each view names, keyed per user or client address.
using RestFramework.Requests;
using RestFramework.Views;

namespace RestFramework.Throttling;

/// <summary>Limits requests to views that set <c>ThrottleScope</c>, at that scope's rate, per user or client address.</summary>
/// <remarks>Views with no <c>ThrottleScope</c> are not throttled. All views sharing a scope share one limit.</remarks>
/// <param name="store">The throttle store.</param>
/// <param name="timeProvider">The clock.</param>
public sealed class ScopedRateThrottle(IThrottleStore store, TimeProvider timeProvider) : SimpleRateThrottle(store, timeProvider)
{
    private string? _scope;

    /// <inheritdoc />
    public override string? Scope => _scope;

    /// <inheritdoc />
    public override ValueTask<bool> AllowRequestAsync(Request request, ApiView view)
    {
        _scope = view.ThrottleScope;
        return string.IsNullOrEmpty(_scope) ? ValueTask.FromResult(true) : base.AllowRequestAsync(request, view);
    }

    /// <inheritdoc />
    protected override string? GetCacheKey(Request request, ApiView view) => FormatCacheKey(UserRateThrottle.UserIdent(request));
}
