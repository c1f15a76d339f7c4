using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using RestFramework.Caching;
using RestFramework.Requests;
using RestFramework.Responses;
using RestFramework.Testing;
using RestFramework.Views;

namespace RestFramework.Redis.Tests;

public sealed class RedisResponseCacheStoreTests(RedisServerFixture redis) : IClassFixture<RedisServerFixture>
{
    public sealed class RunCounter
    {
        private int _runs;

        public int Runs => _runs;

        public int Next() => Interlocked.Increment(ref _runs);
    }

    public sealed class CachedView : ApiView
    {
        public override ResponseCachePolicy? CachePolicy => new(60, Public: true);

        protected override ValueTask<Response> GetAsync(Request request) =>
            ValueTask.FromResult(new Response(new Dictionary<string, object?> { ["run"] = Services.GetRequiredService<RunCounter>().Next() }));

        protected override ValueTask<Response> PostAsync(Request request) => ValueTask.FromResult(new Response(null, 204));
    }

    private static string Prefix() => $"c{Guid.NewGuid():N}:";

    private Task<ApiTestHost> StartAsync(string prefix, RunCounter counter)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Redis:Configuration"] = redis.Server.Configuration,
            ["RestFramework:Redis:KeyPrefix"] = prefix,
            ["RestFramework:Redis:TimeoutMilliseconds"] = "5000",
        }).Build();
        return ApiTestHost.StartAsync(
            e => e.MapView<CachedView>("cached/"),
            services: services =>
            {
                services.AddSingleton(counter);
                services.AddRestFrameworkRedis(configuration);
            });
    }

    [Fact]
    public async Task Two_instances_share_entries_and_invalidation()
    {
        var counter = new RunCounter();
        var prefix = Prefix();
        await using var first = await StartAsync(prefix, counter);
        await using var second = await StartAsync(prefix, counter);
        using var a = first.CreateClient();
        using var b = second.CreateClient();

        var stored = await a.GetAsync("/cached/");
        var shared = await b.GetAsync("/cached/");
        var written = await b.PostAsync("/cached/", new { });
        var recomputed = await a.GetAsync("/cached/");
        var sharedAgain = await b.GetAsync("/cached/");

        Assert.Equal("{\"run\":1}", stored.Text);
        Assert.Equal("{\"run\":1}", shared.Text);
        Assert.Equal(stored.Header("ETag"), shared.Header("ETag"));
        Assert.Equal(204, written.StatusCode);
        Assert.Equal("{\"run\":2}", recomputed.Text);
        Assert.Equal("{\"run\":2}", sharedAgain.Text);
        Assert.Equal(2, counter.Runs);
        Assert.IsType<RedisResponseCacheStore>(first.Services.GetRequiredService<IResponseCacheStore>());
    }

    [Fact]
    public async Task Store_keeps_bytes_until_expiry_and_counts_generations()
    {
        await using var host = await StartAsync(Prefix(), new RunCounter());
        var store = host.Services.GetRequiredService<IResponseCacheStore>();

        await store.SetAsync("k", [1, 2, 3], TimeSpan.FromMinutes(1));
        await store.SetAsync("short", [4], TimeSpan.FromMilliseconds(1));
        var absent = await store.GetAsync("absent");
        var before = await store.GetGenerationAsync("items");
        var incremented = await store.IncrementGenerationAsync("items");
        await store.IncrementGenerationAsync("items");
        var after = await store.GetGenerationAsync("items");
        byte[]? expired = [4];
        for (var i = 0; i < 200 && expired is not null; i++)
        {
            await Task.Delay(10);
            expired = await store.GetAsync("short");
        }

        Assert.Equal([1, 2, 3], await store.GetAsync("k"));
        Assert.Null(absent);
        Assert.Equal(0, before);
        Assert.Equal(1, incremented);
        Assert.Equal(2, after);
        Assert.Null(expired);
    }

    [Fact]
    public async Task An_unreachable_redis_makes_every_lookup_a_miss()
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Redis:Configuration"] = "127.0.0.1:1",
            ["RestFramework:Redis:TimeoutMilliseconds"] = "200",
        }).Build();
        var counter = new RunCounter();
        await using var host = await ApiTestHost.StartAsync(
            e => e.MapView<CachedView>("cached/"),
            services: services =>
            {
                services.AddSingleton(counter);
                services.AddRestFrameworkRedis(configuration);
            });
        using var client = host.CreateClient();

        var first = await client.GetAsync("/cached/");
        var second = await client.GetAsync("/cached/");

        Assert.Equal(200, first.StatusCode);
        Assert.Equal("{\"run\":2}", second.Text);
        Assert.Equal(2, counter.Runs);
    }

    [Fact]
    public async Task Stopping_redis_mid_run_bypasses_the_cache_for_reads_and_writes_and_warns_once_a_minute()
    {
        await using var server = await RedisServer.StartAsync();
        var time = new FakeTimeProvider();
        var logs = new WarningCounter();
        var counter = new RunCounter();
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Redis:Configuration"] = server.Configuration,
            ["RestFramework:Redis:TimeoutMilliseconds"] = "1000",
        }).Build();
        await using var host = await ApiTestHost.StartAsync(
            e => e.MapView<CachedView>("cached/"),
            services: services =>
            {
                services.AddSingleton(counter);
                services.AddSingleton<TimeProvider>(time);
                services.AddRestFrameworkRedis(configuration);
                services.AddLogging(b => b.AddProvider(logs));
            });
        using var client = host.CreateClient();
        var stored = await client.GetAsync("/cached/");
        var hit = await client.GetAsync("/cached/");

        server.Stop();
        var reads = new List<string>();
        var writes = new List<int>();
        for (var i = 0; i < 3; i++)
        {
            var read = await client.GetAsync("/cached/");
            reads.Add($"{read.StatusCode} {read.Text}");
            writes.Add((await client.PostAsync("/cached/", new { })).StatusCode);
        }
        var warningsWithinTheMinute = logs.CacheWarnings;
        time.Advance(61);
        var later = await client.GetAsync("/cached/");

        Assert.Equal("{\"run\":1}", stored.Text);
        Assert.Equal("{\"run\":1}", hit.Text);
        Assert.Equal(["200 {\"run\":2}", "200 {\"run\":3}", "200 {\"run\":4}"], reads);
        Assert.Equal([204, 204, 204], writes);
        Assert.Equal(200, later.StatusCode);
        Assert.Equal(1, warningsWithinTheMinute);
        Assert.Equal(2, logs.CacheWarnings);
    }
}
