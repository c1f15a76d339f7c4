using RestFramework.Redis.Tests;

namespace InterviewPrep.Tests.Api;

public sealed class SharedThrottleTests
{
    [Fact]
    public async Task Two_instances_sharing_redis_enforce_one_login_throttle()
    {
        await using var redis = await RedisServer.StartAsync();
        await using var first = PrepFactory.WithRedis(redis.Configuration);
        await using var second = PrepFactory.SharingDatabaseOf(first, redis.Configuration);
        using var a = first.CreateApiClient();
        using var b = second.CreateApiClient();

        var statuses = new List<int>();
        for (var i = 0; i < 6; i++)
        {
            var client = i % 2 == 0 ? a : b;
            statuses.Add((await client.PostAsync("/api/v1/auth/token/", new { username = "admin", password = "wrong" })).StatusCode);
        }

        Assert.Equal([400, 400, 400, 400, 400, 429], statuses);
    }
}
