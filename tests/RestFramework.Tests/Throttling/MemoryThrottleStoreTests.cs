using RestFramework.Throttling;

namespace RestFramework.Tests.Throttling;

public sealed class MemoryThrottleStoreTests
{
    [Fact]
    public async Task Checks_are_atomic_per_key_under_concurrency()
    {
        var store = new MemoryThrottleStore();

        var results = await Task.WhenAll(Enumerable.Range(0, 200).Select(_ => Task.Run(async () =>
            (await store.CheckAsync("throttle_anon_x", 10, 60, 1000.0)).Allowed)));

        Assert.Equal(10, results.Count(allowed => allowed));
    }

    [Fact]
    public async Task Refused_checks_report_the_window_and_record_nothing()
    {
        var store = new MemoryThrottleStore();
        await store.CheckAsync("k", 2, 60, 100);
        await store.CheckAsync("k", 2, 60, 110);

        var refused = await store.CheckAsync("k", 2, 60, 120);
        var afterFirstLeaves = await store.CheckAsync("k", 2, 60, 160);

        Assert.Equal(new ThrottleCheck(false, 2, 100), refused);
        Assert.Equal(new ThrottleCheck(true, 2, 110), afterFirstLeaves);
    }

    [Fact]
    public async Task Sweep_removes_keys_whose_entries_have_all_expired()
    {
        var store = new MemoryThrottleStore();
        await store.CheckAsync("old", 5, 60, 100);
        await store.CheckAsync("new", 5, 60, 150);

        store.Sweep(now: 160);
        var count = store.Count;
        var old = await store.CheckAsync("old", 1, 60, 161);

        Assert.Equal(1, count);
        Assert.True(old.Allowed);
    }
}
