// Provides DRF's SimpleRateThrottle: a rate per scope from the settings and a sliding log of request times per cache key.
using RestFramework.Requests;
using RestFramework.Settings;
using RestFramework.Views;

namespace RestFramework.Throttling;

/// <summary>
/// The base of rate throttles. Subclasses set <see cref="Scope"/> (whose rate is read from
/// <c>RestFramework:DefaultThrottleRates</c>) or a fixed <see cref="Rate"/>, and override <see cref="GetCacheKey"/>.
/// </summary>
/// <remarks>Time comes from the <see cref="TimeProvider"/> service; histories live in the <see cref="IThrottleStore"/> service.</remarks>
/// <param name="store">The throttle store.</param>
/// <param name="timeProvider">The clock.</param>
public abstract class SimpleRateThrottle(IThrottleStore store, TimeProvider timeProvider) : IThrottle
{
    private ThrottleRate _rate;
    private ThrottleCheck _check;
    private double _now;

    /// <summary>The scope naming the rate in <c>DefaultThrottleRates</c>, and the cache key's prefix. Defaults to null.</summary>
    public virtual string? Scope => null;

    /// <summary>A fixed rate such as <c>"10/minute"</c>, overriding the scope's rate. Defaults to null.</summary>
    public virtual string? Rate => null;

    /// <summary>The cache key of the request, or null to not throttle it.</summary>
    /// <remarks>Must be overridden; use <see cref="FormatCacheKey"/> and <see cref="GetIdent"/>.</remarks>
    protected abstract string? GetCacheKey(Request request, ApiView view);

    /// <inheritdoc />
    public virtual async ValueTask<bool> AllowRequestAsync(Request request, ApiView view)
    {
        var rate = ParseRate(Rate ?? GetRate(request.Options));
        if (rate is null)
        {
            return true;
        }
        _rate = rate.Value;
        var key = GetCacheKey(request, view);
        if (key is null)
        {
            return true;
        }
        _now = Now();
        _check = await store.CheckAsync(key, _rate.NumRequests, _rate.Duration, _now, request.HttpContext.RequestAborted);
        return _check.Allowed;
    }

    /// <summary>DRF's <c>wait()</c>: the window's remaining time spread over the requests still available, or null when none are.</summary>
    public double? Wait()
    {
        var remaining = _check.Oldest is { } oldest ? _rate.Duration - (_now - oldest) : _rate.Duration;
        var available = _rate.NumRequests - _check.Count + 1;
        return available <= 0 ? null : remaining / available;
    }

    /// <summary>The rate of <see cref="Scope"/> in <see cref="RestFrameworkOptions.DefaultThrottleRates"/>.</summary>
    /// <exception cref="InvalidOperationException">No scope is set, or the scope has no entry in the settings.</exception>
    protected string? GetRate(RestFrameworkOptions options)
    {
        var scope = string.IsNullOrEmpty(Scope) ? throw new InvalidOperationException(
            $"You must set either `.scope` or `.rate` for '{GetType().Name}' throttle: override {GetType().Name}.Scope " +
            "(its rate is read from RestFramework:DefaultThrottleRates) or .Rate.") : Scope;
        return options.DefaultThrottleRates.TryGetValue(scope, out var rate)
            ? rate
            : throw new InvalidOperationException(
                $"No default throttle rate set for '{scope}' scope. Set RestFramework:DefaultThrottleRates:{scope} (for example \"100/day\").");
    }

    /// <summary>The cache key of <paramref name="ident"/> in this throttle's scope: <c>throttle_{scope}_{ident}</c>.</summary>
    protected string FormatCacheKey(string ident) => $"throttle_{Scope}_{ident}";

    /// <summary>The client's address, as DRF's <c>get_ident</c>: the <c>X-Forwarded-For</c> entry chosen by <c>NumProxies</c>, or the remote address.</summary>
    /// <remarks>
    /// With <c>NumProxies</c> null the whole <c>X-Forwarded-For</c> value (whitespace removed) is the ident when present; with 0 the
    /// remote address; with n the n-th address from the right of <c>X-Forwarded-For</c>.
    /// </remarks>
    public static string GetIdent(Request request)
    {
        var http = request.HttpContext;
        var remoteAddress = http.Connection.RemoteIpAddress?.ToString() ?? "None";
        var forwarded = http.Request.Headers.TryGetValue("X-Forwarded-For", out var values) ? values.ToString() : null;
        if (request.Options.NumProxies is { } numProxies)
        {
            if (numProxies == 0 || forwarded is null)
            {
                return remoteAddress;
            }
            var addresses = forwarded.Split(',');
            return addresses[^Math.Min(numProxies, addresses.Length)].Trim();
        }
        return string.IsNullOrEmpty(forwarded) ? remoteAddress : string.Concat(forwarded.Where(c => !char.IsWhiteSpace(c)));
    }

    private ThrottleRate? ParseRate(string? rate)
    {
        try
        {
            return ThrottleRate.Parse(rate);
        }
        catch (FormatException ex)
        {
            var where = Rate is not null ? $"{GetType().Name}.Rate" : $"RestFramework:DefaultThrottleRates:{Scope}";
            throw new InvalidOperationException($"{ex.Message} Check {where}.", ex);
        }
    }

    private double Now() => (timeProvider.GetUtcNow() - DateTimeOffset.UnixEpoch).Ticks / (double)TimeSpan.TicksPerSecond;
}
