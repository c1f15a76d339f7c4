using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using RestFramework.Testing;

namespace RestFramework.Redis.Tests;

public sealed class RedisFailureTests
{
    [Fact]
    public async Task Stopping_redis_mid_run_lets_requests_through_and_warns_once()
    {
        await using var redis = await RedisServer.StartAsync();
        var time = new FakeTimeProvider();
        var logs = new WarningCounter();
        await using var host = await TestApp.StartAsync(redis.Configuration, "f:", time, "2/minute", logs: logs);
        using var client = host.CreateClient();
        var before = new[] { (await client.GetAsync("/limited/")).StatusCode, (await client.GetAsync("/limited/")).StatusCode, (await client.GetAsync("/limited/")).StatusCode };

        redis.Stop();
        var during = new List<int>();
        for (var i = 0; i < 5; i++)
        {
            during.Add((await client.GetAsync("/limited/")).StatusCode);
        }
        time.Advance(61);
        during.Add((await client.GetAsync("/limited/")).StatusCode);

        Assert.Equal([200, 200, 429], before);
        Assert.Equal([200, 200, 200, 200, 200, 200], during);
        Assert.Equal(2, logs.Warnings);
    }

    [Fact]
    public async Task Deny_policy_refuses_requests_while_redis_is_down()
    {
        await using var redis = await RedisServer.StartAsync();
        await using var host = await TestApp.StartAsync(redis.Configuration, "d:", new FakeTimeProvider(), policy: RedisFailurePolicy.Deny);
        using var client = host.CreateClient();
        var before = (await client.GetAsync("/limited/")).StatusCode;

        redis.Stop();
        var during = await client.GetAsync("/limited/");

        Assert.Equal(200, before);
        Assert.Equal(429, during.StatusCode);
        Assert.Equal("{\"detail\":\"Request was throttled.\"}", during.Text);
        Assert.Null(during.Header("Retry-After"));
    }

    [Fact]
    public async Task Unreachable_redis_from_the_start_never_fails_a_request()
    {
        int port;
        await using (var redis = await RedisServer.StartAsync())
        {
            port = redis.Port;
        }
        await using var host = await TestApp.StartAsync($"127.0.0.1:{port}", "u:", new FakeTimeProvider(), "1/minute");
        using var client = host.CreateClient();

        var statuses = new[] { (await client.GetAsync("/limited/")).StatusCode, (await client.GetAsync("/limited/")).StatusCode };

        Assert.Equal([200, 200], statuses);
    }

    [Fact]
    public async Task Missing_configuration_fails_at_startup_naming_the_settings()
    {
        var configuration = new ConfigurationBuilder().Build();

        var error = await Assert.ThrowsAsync<OptionsValidationException>(() =>
            ApiTestHost.StartAsync(e => e.MapView<LimitedView>("limited/"), services: s => s.AddRestFrameworkRedis(configuration)));

        Assert.Contains("DRF301: RestFramework.Redis needs a Redis configuration: set RestFramework:Redis:Configuration, Redis:Configuration or ConnectionStrings:Redis", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Redis_started_after_the_app_is_used_once_reachable()
    {
        var time = new FakeTimeProvider();
        await using var first = await RedisServer.StartAsync();
        var port = first.Port;
        first.Stop();
        await using var host = await TestApp.StartAsync($"127.0.0.1:{port}", "late:", time, "1/minute");
        using var client = host.CreateClient();
        var whileDown = new[] { (await client.GetAsync("/limited/")).StatusCode, (await client.GetAsync("/limited/")).StatusCode };

        await using var second = await RedisServer.StartAsync(port);
        var statuses = new List<int>();
        for (var attempt = 0; attempt < 300 && !statuses.Contains(429); attempt++)
        {
            statuses.Add((await client.GetAsync("/limited/")).StatusCode);
            await Task.Delay(50);
        }

        Assert.Equal([200, 200], whileDown);
        Assert.Contains(429, statuses);
        Assert.DoesNotContain(500, statuses);
    }
}
