using Microsoft.AspNetCore.Builder;
using RestFramework.Requests;
using RestFramework.Responses;
using RestFramework.Testing;
using RestFramework.Throttling;
using RestFramework.Views;

namespace RestFramework.Tests.Throttling;

public sealed class ScopedRateThrottleTests
{
    [Fact]
    public async Task Views_sharing_a_scope_share_one_limit()
    {
        var store = new RecordingThrottleStore();
        await using var host = await ApiTestHost.StartAsync(
            e =>
            {
                e.MapView<BurstView>("a/");
                e.MapView<OtherBurstView>("b/");
                e.MapView<UnscopedView>("c/");
            },
            o => o.DefaultThrottleRates["burst"] = "2/minute",
            ThrottleServices.With(new FakeTimeProvider(), store));
        using var client = host.CreateClient();
        client.Credentials(("X-Test-User", "alice"));

        var statuses = new[]
        {
            (await client.GetAsync("/a/")).StatusCode, (await client.GetAsync("/b/")).StatusCode,
            (await client.GetAsync("/a/")).StatusCode, (await client.GetAsync("/c/")).StatusCode,
        };

        Assert.Equal([200, 200, 429, 200], statuses);
        Assert.Equal(["throttle_burst_5", "throttle_burst_5", "throttle_burst_5"], store.Keys);
    }

    private sealed class EmptyScopeView : ThrottledView<ScopedRateThrottle>
    {
        public override string? ThrottleScope => string.Empty;
    }

    [Fact]
    public async Task An_empty_scope_is_not_throttled()
    {
        await using var host = await ApiTestHost.StartAsync(
            e => e.MapView<EmptyScopeView>("e/"), services: ThrottleServices.With(new FakeTimeProvider()));
        using var client = host.CreateClient();

        var statuses = new[] { (await client.GetAsync("/e/")).StatusCode, (await client.GetAsync("/e/")).StatusCode };

        Assert.Equal([200, 200], statuses);
    }

    [Fact]
    public async Task A_malformed_rate_in_the_settings_names_the_setting()
    {
        await using var host = await ApiTestHost.StartAsync(
            e => e.MapView<ProbeView<ScopedRateThrottle>>("p/"),
            o => o.DefaultThrottleRates["burst"] = "many/day",
            ThrottleServices.With(new FakeTimeProvider()));
        using var client = host.CreateClient();

        var response = await client.GetAsync("/p/");

        Assert.Equal(
            "Invalid throttle rate 'many/day': expected 'N/period', such as '100/day'. Check RestFramework:DefaultThrottleRates:burst.",
            response.Json()!["error"]!.GetValue<string>());
    }

    [Fact]
    public async Task A_scope_without_a_rate_in_the_settings_is_a_server_error()
    {
        await using var host = await ApiTestHost.StartAsync(
            e => e.MapView<BurstView>("a/"), services: ThrottleServices.With(new FakeTimeProvider()));
        using var client = host.CreateClient();

        var response = await client.GetAsync("/a/");

        Assert.Equal(500, response.StatusCode);
    }

    /// <summary>Runs a throttle by hand and answers its error message.</summary>
    private sealed class ProbeView<TThrottle> : ApiView
        where TThrottle : IThrottle
    {
        public override IReadOnlyList<Type>? ThrottleTypes => [];

        public override string? ThrottleScope => "burst";

        protected override async ValueTask<Response> GetAsync(Request request)
        {
            try
            {
                await Create<IThrottle>([typeof(TThrottle)])[0].AllowRequestAsync(request, this);
                return new Response(null, 204);
            }
            catch (InvalidOperationException ex)
            {
                return new Response(new Dictionary<string, object?> { ["error"] = ex.Message });
            }
        }
    }

    private sealed class ScopelessThrottle(IThrottleStore store, TimeProvider time) : SimpleRateThrottle(store, time)
    {
        protected override string? GetCacheKey(Request request, ApiView view) => "k";
    }

    private sealed class BadRateThrottle(IThrottleStore store, TimeProvider time) : SimpleRateThrottle(store, time)
    {
        public override string? Rate => "5/fortnight";

        protected override string? GetCacheKey(Request request, ApiView view) => "k";
    }

    [Theory]
    [InlineData(typeof(ProbeView<ScopedRateThrottle>),
        "No default throttle rate set for 'burst' scope. Set RestFramework:DefaultThrottleRates:burst (for example \"100/day\").")]
    [InlineData(typeof(ProbeView<ScopelessThrottle>),
        "You must set either `.scope` or `.rate` for 'ScopelessThrottle' throttle: override ScopelessThrottle.Scope (its rate is read from RestFramework:DefaultThrottleRates) or .Rate.")]
    [InlineData(typeof(ProbeView<BadRateThrottle>),
        "Invalid throttle rate '5/fortnight': the period must start with s, m, h or d. Check BadRateThrottle.Rate.")]
    public async Task Misconfiguration_names_the_setting(Type view, string message)
    {
        await using var host = await ApiTestHost.StartAsync(
            e => e.MapView(view, "p/"),
            services: ThrottleServices.With(new FakeTimeProvider()));
        using var client = host.CreateClient();

        var response = await client.GetAsync("/p/");

        Assert.Equal(message, response.Json()!["error"]!.GetValue<string>());
    }
}
