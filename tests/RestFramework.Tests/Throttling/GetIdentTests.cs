using Microsoft.AspNetCore.Builder;
using RestFramework.Testing;
using RestFramework.Throttling;

namespace RestFramework.Tests.Throttling;

public sealed class GetIdentTests
{
    [Theory]
    [InlineData(null, null, "throttle_anon_10.0.0.1")]
    [InlineData(null, "1.1.1.1, 2.2.2.2", "throttle_anon_1.1.1.1,2.2.2.2")]
    [InlineData(0, "1.1.1.1, 2.2.2.2", "throttle_anon_10.0.0.1")]
    [InlineData(1, null, "throttle_anon_10.0.0.1")]
    [InlineData(1, "1.1.1.1, 2.2.2.2", "throttle_anon_2.2.2.2")]
    [InlineData(2, "1.1.1.1, 2.2.2.2", "throttle_anon_1.1.1.1")]
    [InlineData(5, "1.1.1.1, 2.2.2.2", "throttle_anon_1.1.1.1")]
    public async Task Ident_follows_num_proxies_as_drf_does(int? numProxies, string? forwardedFor, string key)
    {
        var store = new RecordingThrottleStore();
        await using var host = await ApiTestHost.StartAsync(
            e => e.MapView<ThrottledView<AnonRateThrottle>>("x/"),
            o =>
            {
                o.DefaultThrottleRates["anon"] = "10/minute";
                o.NumProxies = numProxies;
            },
            ThrottleServices.With(new FakeTimeProvider(), store));
        using var client = host.CreateClient();

        await client.GetAsync("/x/", headers: forwardedFor is null ? null : new Dictionary<string, string> { ["X-Forwarded-For"] = forwardedFor });

        Assert.Equal([key], store.Keys);
    }
}
