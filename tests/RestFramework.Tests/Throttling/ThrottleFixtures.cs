using System.Collections.Concurrent;
using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using RestFramework.Requests;
using RestFramework.Responses;
using RestFramework.Tests.Authentication;
using RestFramework.Throttling;
using RestFramework.Views;

namespace RestFramework.Tests.Throttling;

/// <summary>A view throttled by <typeparamref name="TThrottle"/>, authenticated by <see cref="HeaderAuthentication"/>.</summary>
public class ThrottledView<TThrottle> : ApiView
    where TThrottle : IThrottle
{
    public override IReadOnlyList<Type>? ThrottleTypes => [typeof(TThrottle)];

    public override IReadOnlyList<Type>? AuthenticationTypes => [typeof(HeaderAuthentication)];

    protected override ValueTask<Response> GetAsync(Request request) =>
        ValueTask.FromResult(new Response(new Dictionary<string, object?> { ["ok"] = true }));
}

public sealed class BurstView : ThrottledView<ScopedRateThrottle>
{
    public override string? ThrottleScope => "burst";
}

public sealed class OtherBurstView : ThrottledView<ScopedRateThrottle>
{
    public override string? ThrottleScope => "burst";
}

public sealed class UnscopedView : ThrottledView<ScopedRateThrottle>;

/// <summary>A throttle with a fixed rate and its own scope, keyed per client.</summary>
public sealed class ThreePerMinuteThrottle(IThrottleStore store, TimeProvider time) : SimpleRateThrottle(store, time)
{
    public override string? Scope => "three";

    public override string? Rate => "3/minute";

    protected override string? GetCacheKey(Request request, ApiView view) => FormatCacheKey(GetIdent(request));
}

public sealed class TwoThrottlesView : ApiView
{
    public override IReadOnlyList<Type>? ThrottleTypes => [typeof(AnonRateThrottle), typeof(ThreePerMinuteThrottle)];

    protected override ValueTask<Response> GetAsync(Request request) => ValueTask.FromResult(new Response(null, 204));
}

/// <summary>Records every key checked, and delegates to the memory store.</summary>
public sealed class RecordingThrottleStore : IThrottleStore
{
    private readonly MemoryThrottleStore _inner = new();

    public ConcurrentQueue<string> Keys { get; } = new();

    public ValueTask<ThrottleCheck> CheckAsync(string key, int numRequests, int duration, double now, CancellationToken cancellationToken = default)
    {
        Keys.Enqueue(key);
        return _inner.CheckAsync(key, numRequests, duration, now, cancellationToken);
    }
}

/// <summary>Sets the connection's remote address, as a server behind no proxy would see it.</summary>
public sealed class RemoteAddressStartupFilter(string address) : IStartupFilter
{
    public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
    {
        app.Use((context, nextMiddleware) =>
        {
            context.Connection.RemoteIpAddress = IPAddress.Parse(address);
            return nextMiddleware(context);
        });
        next(app);
    };
}

public static class ThrottleServices
{
    public static Action<IServiceCollection> With(FakeTimeProvider time, IThrottleStore? store = null, string? remoteAddress = "10.0.0.1") => services =>
    {
        services.AddSingleton<TimeProvider>(time);
        if (store is not null)
        {
            services.AddSingleton(store);
        }
        if (remoteAddress is not null)
        {
            services.AddSingleton<IStartupFilter>(new RemoteAddressStartupFilter(remoteAddress));
        }
    };
}
