using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using RestFramework.Routers;
using RestFramework.Testing;

namespace RestFramework.Tests.Caching;

public sealed class ViewSetCachingTests
{
    [Fact]
    public async Task A_write_invalidates_every_route_of_the_same_basename_only()
    {
        var counter = new HandlerCounter();
        await using var host = await ApiTestHost.StartAsync(
            e => e.MapRouter("api", new SimpleRouter().Register<CachedViewSet>("a", "a").Register<CachedViewSet>("b", "b")),
            services: s => s.AddSingleton(counter));
        using var client = host.CreateClient();

        await client.GetAsync("/api/a/");
        await client.GetAsync("/api/a/1/");
        await client.GetAsync("/api/b/");
        var deleted = await client.DeleteAsync("/api/a/1/");
        var list = await client.GetAsync("/api/a/");
        var detail = await client.GetAsync("/api/a/1/");
        var other = await client.GetAsync("/api/b/");

        Assert.Equal(204, deleted.StatusCode);
        Assert.Equal("{\"run\":4}", list.Text);
        Assert.Equal("{\"run\":5}", detail.Text);
        Assert.Equal("{\"run\":3}", other.Text);
    }
}
