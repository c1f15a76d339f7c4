// Provides the choices of what a throttle check does when Redis cannot be reached.
namespace RestFramework.Redis;

/// <summary>What <see cref="RedisThrottleStore"/> answers when Redis is unreachable or times out.</summary>
public enum RedisFailurePolicy
{
    /// <summary>Let the request through (fail open) and log a warning, at most once per <see cref="RedisThrottleOptions.WarningInterval"/>. The default.</summary>
    Allow,

    /// <summary>Refuse the request with 429 and no <c>Retry-After</c> (fail closed), and log the same warning.</summary>
    Deny,
}
