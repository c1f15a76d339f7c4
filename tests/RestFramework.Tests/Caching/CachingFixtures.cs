using System.Buffers;
using System.Text;
using Microsoft.Extensions.DependencyInjection;
using RestFramework.Caching;
using RestFramework.Renderers;
using RestFramework.Requests;
using RestFramework.Responses;
using RestFramework.Tests.Support;
using RestFramework.Views;

namespace RestFramework.Tests.Caching;

/// <summary>Counts the handler runs of the cached test views.</summary>
public sealed class HandlerCounter
{
    private int _runs;

    public int Runs => _runs;

    public int Next() => Interlocked.Increment(ref _runs);
}

/// <summary>Renders the data as plain text, so a view has two media types to negotiate.</summary>
public sealed class PlainTextRenderer : IRenderer
{
    public string MediaType => "text/plain";

    public string Format => "txt";

    public string? Charset => "utf-8";

    public void Render(object? data, RendererContext context, IBufferWriter<byte> output) =>
        output.Write(Encoding.UTF8.GetBytes(data is IDictionary<string, object?> d ? string.Join(",", d.Select(p => $"{p.Key}={p.Value}")) : $"{data}"));
}

/// <summary>A cached view answering the run number, the query, the version and the user; POST and DELETE write.</summary>
public class CachedView : ApiView
{
    public override ResponseCachePolicy? CachePolicy => new(60);

    public override IReadOnlyList<Type>? RendererTypes => [typeof(JsonRenderer), typeof(PlainTextRenderer)];

    protected override ValueTask<Response> GetAsync(Request request)
    {
        var run = Services.GetRequiredService<HandlerCounter>().Next();
        var response = new Response(new Dictionary<string, object?>
        {
            ["run"] = run,
            ["q"] = request.HttpContext.Request.QueryString.Value,
            ["version"] = request.Version,
            ["user"] = request.User.UserName,
        });
        response.Headers["X-Run"] = run.ToString(System.Globalization.CultureInfo.InvariantCulture);
        return ValueTask.FromResult(response);
    }

    protected override ValueTask<Response> PostAsync(Request request) =>
        ValueTask.FromResult(new Response(new Dictionary<string, object?> { ["created"] = true }, 201));

    protected override ValueTask<Response> DeleteAsync(Request request) =>
        ValueTask.FromResult(new Response(new Dictionary<string, object?> { ["detail"] = "refused" }, 400));
}

/// <summary>As <see cref="CachedView"/>, shared between users.</summary>
public sealed class PublicCachedView : CachedView
{
    public override ResponseCachePolicy? CachePolicy => new(30, Public: true);
}

/// <summary>As <see cref="CachedView"/>, under the resource key <c>items</c>.</summary>
public sealed class ItemsListView : CachedView
{
    public override ResponseCachePolicy? CachePolicy => new(60, ResourceKey: "items");
}

/// <summary>A write-only view sharing the resource key <c>items</c>.</summary>
public sealed class ItemsWriteView : CachedView
{
    public override ResponseCachePolicy? CachePolicy => new(60, ResourceKey: "items");
}

/// <summary>A cached view that needs an authenticated user.</summary>
public sealed class ProtectedCachedView : CachedView
{
    public override IReadOnlyList<Type>? AuthenticationTypes => [typeof(HeaderAuthentication)];

    public override IReadOnlyList<Type>? PermissionTypes => [typeof(AuthenticatedOnly)];
}

/// <summary>A cached view whose throttle refuses requests with an <c>X-Refuse</c> header.</summary>
public sealed class ThrottledCachedView : CachedView
{
    public override IReadOnlyList<Type>? ThrottleTypes => [typeof(RefuseOnHeader)];
}

/// <summary>Refuses the requests that carry <c>X-Refuse</c>.</summary>
public sealed class RefuseOnHeader : RestFramework.Throttling.IThrottle
{
    public ValueTask<bool> AllowRequestAsync(Request request, ApiView view) =>
        ValueTask.FromResult(!request.HttpContext.Request.Headers.ContainsKey("X-Refuse"));

    public double? Wait() => 5;
}

/// <summary>A cached view without a policy: nothing is cached.</summary>
public sealed class UncachedView : CachedView
{
    public override ResponseCachePolicy? CachePolicy => null;
}

/// <summary>A cached viewset: list and retrieve answer the run number, destroy writes.</summary>
public sealed class CachedViewSet : RestFramework.ViewSets.ViewSet
{
    private static readonly ResponseCachePolicy Policy = new(60);

    public override ResponseCachePolicy? CachePolicy => Policy;

    protected override ValueTask<Response> ListAsync(Request request) => Run();

    protected override ValueTask<Response> RetrieveAsync(Request request) => Run();

    protected override ValueTask<Response> DestroyAsync(Request request) => ValueTask.FromResult(new Response(null, 204));

    private ValueTask<Response> Run() =>
        ValueTask.FromResult(new Response(new Dictionary<string, object?> { ["run"] = Services.GetRequiredService<HandlerCounter>().Next() }));
}

/// <summary>A cached view that also renders the browsable API.</summary>
public sealed class BrowsableCachedView : CachedView
{
    public override IReadOnlyList<Type>? RendererTypes => [typeof(JsonRenderer), typeof(RestFramework.BrowsableApi.BrowsableApiRenderer)];
}
