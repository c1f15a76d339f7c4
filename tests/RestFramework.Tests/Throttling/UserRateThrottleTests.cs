using Microsoft.AspNetCore.Builder;
using RestFramework.Testing;
using RestFramework.Throttling;

namespace RestFramework.Tests.Throttling;

public sealed class UserRateThrottleTests
{
    [Fact]
    public async Task Users_are_throttled_by_id_and_anonymous_requests_by_address()
    {
        var store = new RecordingThrottleStore();
        await using var host = await ApiTestHost.StartAsync(
            e => e.MapView<ThrottledView<UserRateThrottle>>("x/"),
            o => o.DefaultThrottleRates["user"] = "1/day",
            ThrottleServices.With(new FakeTimeProvider(), store));
        using var alice = host.CreateClient();
        alice.Credentials(("X-Test-User", "alice"));
        using var bob = host.CreateClient();
        bob.Credentials(("X-Test-User", "bob"));
        using var anonymous = host.CreateClient();

        var statuses = new[]
        {
            (await alice.GetAsync("/x/")).StatusCode, (await bob.GetAsync("/x/")).StatusCode,
            (await anonymous.GetAsync("/x/")).StatusCode, (await alice.GetAsync("/x/")).StatusCode,
        };

        Assert.Equal([200, 200, 200, 429], statuses);
        Assert.Equal(["throttle_user_5", "throttle_user_3", "throttle_user_10.0.0.1", "throttle_user_5"], store.Keys);
    }

    [Fact]
    public async Task Wait_is_the_remaining_day()
    {
        var time = new FakeTimeProvider();
        await using var host = await ApiTestHost.StartAsync(
            e => e.MapView<ThrottledView<UserRateThrottle>>("x/"),
            o => o.DefaultThrottleRates["user"] = "1/day",
            ThrottleServices.With(time));
        using var client = host.CreateClient();

        await client.GetAsync("/x/");
        time.Advance(TimeSpan.FromHours(1));
        var refused = await client.GetAsync("/x/");

        Assert.Equal("{\"detail\":\"Request was throttled. Expected available in 82800 seconds.\"}", refused.Text);
        Assert.Equal("82800", refused.Header("Retry-After"));
    }
}
