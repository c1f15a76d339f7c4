using Microsoft.AspNetCore.Builder;
using RestFramework.Testing;
using RestFramework.Throttling;

namespace RestFramework.Tests.Throttling;

public sealed class AnonRateThrottleTests
{
    private static Task<ApiTestHost> StartAsync(FakeTimeProvider time, string rate = "2/minute", IThrottleStore? store = null) =>
        ApiTestHost.StartAsync(
            e => e.MapView<ThrottledView<AnonRateThrottle>>("x/"),
            o => o.DefaultThrottleRates["anon"] = rate,
            ThrottleServices.With(time, store));

    [Fact]
    public async Task Requests_are_throttled_after_rate_is_exceeded()
    {
        await using var host = await StartAsync(new FakeTimeProvider());
        using var client = host.CreateClient();

        var first = await client.GetAsync("/x/");
        var second = await client.GetAsync("/x/");
        var third = await client.GetAsync("/x/");

        Assert.Equal(200, first.StatusCode);
        Assert.Equal(200, second.StatusCode);
        Assert.Equal(429, third.StatusCode);
        Assert.Equal("{\"detail\":\"Request was throttled. Expected available in 60 seconds.\"}", third.Text);
        Assert.Equal("60", third.Header("Retry-After"));
    }

    [Fact]
    public async Task The_window_slides_with_the_clock()
    {
        var time = new FakeTimeProvider();
        await using var host = await StartAsync(time, "3/minute");
        using var client = host.CreateClient();
        await client.GetAsync("/x/");
        time.Advance(10);
        await client.GetAsync("/x/");
        time.Advance(10);
        await client.GetAsync("/x/");
        time.Advance(10);

        var refused = await client.GetAsync("/x/");
        time.Advance(29.5);
        var stillRefused = await client.GetAsync("/x/");
        time.Advance(0.5);
        var allowed = await client.GetAsync("/x/");

        Assert.Equal(429, refused.StatusCode);
        Assert.Equal("{\"detail\":\"Request was throttled. Expected available in 30 seconds.\"}", refused.Text);
        Assert.Equal("30", refused.Header("Retry-After"));
        Assert.Equal("{\"detail\":\"Request was throttled. Expected available in 1 second.\"}", stillRefused.Text);
        Assert.Equal("1", stillRefused.Header("Retry-After"));
        Assert.Equal(200, allowed.StatusCode);
    }

    [Fact]
    public async Task Authenticated_requests_are_not_throttled()
    {
        await using var host = await StartAsync(new FakeTimeProvider(), "1/minute");
        using var client = host.CreateClient();
        client.Credentials(("X-Test-User", "alice"));

        var statuses = new[] { (await client.GetAsync("/x/")).StatusCode, (await client.GetAsync("/x/")).StatusCode };

        Assert.Equal([200, 200], statuses);
    }

    [Fact]
    public async Task A_null_rate_does_not_throttle()
    {
        await using var host = await ApiTestHost.StartAsync(
            e => e.MapView<ThrottledView<AnonRateThrottle>>("x/"), services: ThrottleServices.With(new FakeTimeProvider()));
        using var client = host.CreateClient();

        for (var i = 0; i < 5; i++)
        {
            Assert.Equal(200, (await client.GetAsync("/x/")).StatusCode);
        }
    }

    [Fact]
    public async Task Cache_key_is_scope_and_client_address()
    {
        var store = new RecordingThrottleStore();
        await using var host = await StartAsync(new FakeTimeProvider(), store: store);
        using var client = host.CreateClient();

        await client.GetAsync("/x/");

        Assert.Equal(["throttle_anon_10.0.0.1"], store.Keys);
    }

    [Fact]
    public async Task Every_throttle_is_checked_and_the_longest_wait_wins()
    {
        var time = new FakeTimeProvider();
        var store = new RecordingThrottleStore();
        await using var host = await ApiTestHost.StartAsync(
            e => e.MapView<TwoThrottlesView>("x/"), o => o.DefaultThrottleRates["anon"] = "1/second", ThrottleServices.With(time, store));
        using var client = host.CreateClient();

        await client.GetAsync("/x/");
        var refusedByAnon = await client.GetAsync("/x/");
        time.Advance(1);
        await client.GetAsync("/x/");
        time.Advance(1);
        var refusedByBoth = await client.GetAsync("/x/");

        Assert.Equal("1", refusedByAnon.Header("Retry-After"));
        Assert.Equal(429, refusedByBoth.StatusCode);
        Assert.Equal("58", refusedByBoth.Header("Retry-After"));
        Assert.Equal(8, store.Keys.Count);
    }
}
