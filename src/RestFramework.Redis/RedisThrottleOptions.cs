// Provides the settings of the Redis throttle store, bound from RestFramework:Redis.
namespace RestFramework.Redis;

/// <summary>The settings of <see cref="RedisThrottleStore"/>, bound from the <c>RestFramework:Redis</c> configuration section.</summary>
public sealed class RedisThrottleOptions
{
    /// <summary>The configuration section the options bind from.</summary>
    public const string SectionName = "RestFramework:Redis";

    /// <summary>The StackExchange.Redis configuration string (<c>localhost:6379,password=...</c>). Defaults to <c>Redis:Configuration</c>, then <c>ConnectionStrings:Redis</c>.</summary>
    public string? Configuration { get; set; }

    /// <summary>A prefix of every key, before DRF's <c>throttle_{scope}_{ident}</c>. Defaults to empty.</summary>
    public string KeyPrefix { get; set; } = string.Empty;

    /// <summary>What a check answers when Redis is unreachable. Defaults to <see cref="RedisFailurePolicy.Allow"/>.</summary>
    public RedisFailurePolicy FailurePolicy { get; set; } = RedisFailurePolicy.Allow;

    /// <summary>The shortest time between two warnings about an unreachable Redis. Defaults to one minute.</summary>
    public TimeSpan WarningInterval { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>The connect and command timeout, in milliseconds; a check never waits longer. Defaults to 1000.</summary>
    public int TimeoutMilliseconds { get; set; } = 1000;
}
