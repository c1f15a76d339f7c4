using Microsoft.Extensions.DependencyInjection;
using RestFramework.Throttling;

namespace RestFramework.Redis.Tests;

public sealed class RedisThrottleStoreTests(RedisServerFixture redis) : IClassFixture<RedisServerFixture>
{
    private static string Prefix() => $"t{Guid.NewGuid():N}:";

    [Fact]
    public async Task Two_instances_sharing_redis_enforce_one_limit()
    {
        var time = new FakeTimeProvider();
        var prefix = Prefix();
        await using var first = await TestApp.StartAsync(redis.Server.Configuration, prefix, time);
        await using var second = await TestApp.StartAsync(redis.Server.Configuration, prefix, time);
        using var a = first.CreateClient();
        using var b = second.CreateClient();

        var statuses = new List<int>();
        for (var i = 0; i < 6; i++)
        {
            statuses.Add((await (i % 2 == 0 ? a : b).GetAsync("/limited/")).StatusCode);
        }
        var refused = await a.GetAsync("/limited/");

        Assert.Equal([200, 200, 200, 200, 200, 429], statuses);
        Assert.Equal("{\"detail\":\"Request was throttled. Expected available in 60 seconds.\"}", refused.Text);
        Assert.Equal("60", refused.Header("Retry-After"));
        Assert.IsType<RedisThrottleStore>(first.Services.GetRequiredService<IThrottleStore>());
    }

    [Fact]
    public async Task The_window_slides_in_redis()
    {
        var time = new FakeTimeProvider();
        var prefix = Prefix();
        await using var first = await TestApp.StartAsync(redis.Server.Configuration, prefix, time, "2/minute");
        await using var second = await TestApp.StartAsync(redis.Server.Configuration, prefix, time, "2/minute");
        using var a = first.CreateClient();
        using var b = second.CreateClient();

        await a.GetAsync("/limited/");
        time.Advance(20);
        await b.GetAsync("/limited/");
        time.Advance(20);
        var refused = await a.GetAsync("/limited/");
        time.Advance(20);
        var allowed = await b.GetAsync("/limited/");
        var refusedAgain = await a.GetAsync("/limited/");

        Assert.Equal(429, refused.StatusCode);
        Assert.Equal("20", refused.Header("Retry-After"));
        Assert.Equal(200, allowed.StatusCode);
        Assert.Equal(429, refusedAgain.StatusCode);
        Assert.Equal("20", refusedAgain.Header("Retry-After"));
    }

    [Fact]
    public async Task Concurrent_requests_across_instances_never_exceed_the_limit()
    {
        var time = new FakeTimeProvider();
        var prefix = Prefix();
        await using var first = await TestApp.StartAsync(redis.Server.Configuration, prefix, time, "10/minute");
        await using var second = await TestApp.StartAsync(redis.Server.Configuration, prefix, time, "10/minute");
        using var a = first.CreateClient();
        using var b = second.CreateClient();

        var responses = await Task.WhenAll(Enumerable.Range(0, 40).Select(i => (i % 2 == 0 ? a : b).GetAsync("/limited/")));

        Assert.Equal(10, responses.Count(r => r.StatusCode == 200));
        Assert.Equal(30, responses.Count(r => r.StatusCode == 429));
    }

    [Fact]
    public async Task Store_reports_the_window_for_wait()
    {
        await using var host = await TestApp.StartAsync(redis.Server.Configuration, Prefix(), new FakeTimeProvider());
        var store = host.Services.GetRequiredService<IThrottleStore>();

        await store.CheckAsync("k", 2, 60, 1000.25);
        await store.CheckAsync("k", 2, 60, 1010.5);
        var refused = await store.CheckAsync("k", 2, 60, 1020);
        var afterOldestLeft = await store.CheckAsync("k", 2, 60, 1060.25);
        var zero = await store.CheckAsync("z", 0, 60, 1000);

        Assert.Equal(new ThrottleCheck(false, 2, 1000.25), refused);
        Assert.Equal(new ThrottleCheck(true, 2, 1010.5), afterOldestLeft);
        Assert.Equal(new ThrottleCheck(false, 0, null), zero);
    }
}
