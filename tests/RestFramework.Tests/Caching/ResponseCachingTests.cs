using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using RestFramework.Caching;
using RestFramework.Testing;
using RestFramework.Tests.Support;
using RestFramework.Versioning;

namespace RestFramework.Tests.Caching;

public sealed class ResponseCachingTests
{
    private readonly HandlerCounter _counter = new();

    private Task<ApiTestHost> StartAsync(Action<RestFramework.Settings.RestFrameworkOptions>? options = null) =>
        ApiTestHost.StartAsync(
            e =>
            {
                e.MapView<CachedView>("cached/");
                e.MapView<PublicCachedView>("public/");
                e.MapView<ItemsListView>("items/");
                e.MapView<ItemsWriteView>("items/new/");
                e.MapView<ProtectedCachedView>("protected/");
                e.MapView<ThrottledCachedView>("throttled/");
                e.MapView<UncachedView>("uncached/");
                e.MapView<BrowsableCachedView>("browsable/");
            },
            options,
            s => s.AddSingleton(_counter));

    private static Dictionary<string, string> Headers(params (string Key, string Value)[] pairs) => pairs.ToDictionary(p => p.Key, p => p.Value);

    [Fact]
    public async Task A_hit_does_not_run_the_handler_again()
    {
        await using var host = await StartAsync();
        using var client = host.CreateClient();

        var first = await client.GetAsync("/cached/");
        var second = await client.GetAsync("/cached/");

        Assert.Equal(1, _counter.Runs);
        Assert.Equal(200, second.StatusCode);
        Assert.Equal(first.Text, second.Text);
        Assert.Equal("{\"run\":1,\"q\":\"\",\"version\":null,\"user\":\"\"}", second.Text);
        Assert.Equal("application/json", second.ContentType);
        Assert.Equal("1", second.Header("X-Run"));
        Assert.Equal("Accept", second.Header("Vary"));
        Assert.Equal("GET, POST, DELETE, HEAD, OPTIONS", second.Header("Allow"));
    }

    [Fact]
    public async Task A_view_without_a_policy_runs_every_time_and_has_no_cache_headers()
    {
        await using var host = await StartAsync();
        using var client = host.CreateClient();

        await client.GetAsync("/uncached/");
        var second = await client.GetAsync("/uncached/");

        Assert.Equal(2, _counter.Runs);
        Assert.Null(second.Header("ETag"));
        Assert.Null(second.Header("Cache-Control"));
    }

    [Fact]
    public async Task Browsable_api_pages_are_not_cached_but_json_is()
    {
        await using var host = await StartAsync();
        using var client = host.CreateClient();

        await client.GetAsync("/browsable/", headers: Headers(("Accept", "text/html")));
        var page = await client.GetAsync("/browsable/", headers: Headers(("Accept", "text/html")));
        await client.GetAsync("/browsable/", headers: Headers(("Accept", "application/json")));
        await client.GetAsync("/browsable/", headers: Headers(("Accept", "application/json")));

        Assert.Equal(200, page.StatusCode);
        Assert.Equal("text/html; charset=utf-8", page.ContentType);
        Assert.Null(page.Header("ETag"));
        Assert.Equal(3, _counter.Runs);
    }

    [Theory]
    [InlineData("/cached/?a=1&b=2", "/cached/?b=2&a=1", 1)]
    [InlineData("/cached/?a=1", "/cached/?a=2", 2)]
    [InlineData("/cached/?a=1", "/cached/", 2)]
    [InlineData("/cached/?a=1&a=2", "/cached/?a=2&a=1", 2)]
    public async Task Entries_vary_on_the_sorted_query_string(string first, string second, int runs)
    {
        await using var host = await StartAsync();
        using var client = host.CreateClient();

        await client.GetAsync(first);
        await client.GetAsync(second);

        Assert.Equal(runs, _counter.Runs);
    }

    [Fact]
    public async Task Entries_vary_on_the_accepted_media_type()
    {
        await using var host = await StartAsync();
        using var client = host.CreateClient();

        var json = await client.GetAsync("/cached/", headers: Headers(("Accept", "application/json")));
        var text = await client.GetAsync("/cached/", headers: Headers(("Accept", "text/plain")));
        var jsonAgain = await client.GetAsync("/cached/", headers: Headers(("Accept", "application/json")));
        var textAgain = await client.GetAsync("/cached/", headers: Headers(("Accept", "text/plain")));

        Assert.Equal(2, _counter.Runs);
        Assert.Equal(json.Text, jsonAgain.Text);
        Assert.Equal("run=2,q=,version=,user=", textAgain.Text);
        Assert.Equal("text/plain; charset=utf-8", textAgain.ContentType);
        Assert.NotEqual(json.Header("ETag"), text.Header("ETag"));
    }

    [Fact]
    public async Task Entries_vary_on_the_version()
    {
        await using var host = await StartAsync(o => o.DefaultVersioning = typeof(QueryParameterVersioning));
        using var client = host.CreateClient();

        await client.GetAsync("/cached/?version=1");
        var v2 = await client.GetAsync("/cached/?version=2");
        var v1 = await client.GetAsync("/cached/?version=1");

        Assert.Equal(2, _counter.Runs);
        Assert.Contains("\"version\":\"2\"", v2.Text);
        Assert.Contains("\"version\":\"1\"", v1.Text);
    }

    [Fact]
    public async Task Private_entries_vary_on_the_user()
    {
        await using var host = await StartAsync();
        using var alice = host.CreateClient().ForceAuthenticate(new TestUser(1, "alice"));
        using var bob = host.CreateClient().ForceAuthenticate(new TestUser(2, "bob"));

        await alice.GetAsync("/cached/");
        var forBob = await bob.GetAsync("/cached/");
        var forAlice = await alice.GetAsync("/cached/");

        Assert.Equal(2, _counter.Runs);
        Assert.Contains("\"user\":\"bob\"", forBob.Text);
        Assert.Contains("\"user\":\"alice\"", forAlice.Text);
        Assert.Equal("private, max-age=60", forAlice.Header("Cache-Control"));
    }

    [Fact]
    public async Task Public_entries_are_shared_between_users()
    {
        await using var host = await StartAsync();
        using var alice = host.CreateClient().ForceAuthenticate(new TestUser(1, "alice"));
        using var bob = host.CreateClient().ForceAuthenticate(new TestUser(2, "bob"));

        await alice.GetAsync("/public/");
        var forBob = await bob.GetAsync("/public/");

        Assert.Equal(1, _counter.Runs);
        Assert.Contains("\"user\":\"alice\"", forBob.Text);
        Assert.Equal("public, max-age=30", forBob.Header("Cache-Control"));
    }

    [Fact]
    public async Task Head_shares_the_entry_of_get()
    {
        await using var host = await StartAsync();
        using var client = host.CreateClient();

        var get = await client.GetAsync("/cached/");
        var head = await client.HeadAsync("/cached/");

        Assert.Equal(1, _counter.Runs);
        Assert.Equal(200, head.StatusCode);
        Assert.Equal("", head.Text);
        Assert.Equal(get.Header("ETag"), head.Header("ETag"));
    }

    [Fact]
    public async Task Get_hits_the_entry_stored_by_head()
    {
        await using var host = await StartAsync();
        using var client = host.CreateClient();

        await client.HeadAsync("/cached/");
        var get = await client.GetAsync("/cached/");

        Assert.Equal(1, _counter.Runs);
        Assert.Equal("{\"run\":1,\"q\":\"\",\"version\":null,\"user\":\"\"}", get.Text);
    }

    [Fact]
    public async Task A_successful_post_invalidates_the_view()
    {
        await using var host = await StartAsync();
        using var client = host.CreateClient();

        await client.GetAsync("/cached/");
        await client.GetAsync("/cached/?page=2");
        var created = await client.PostAsync("/cached/", new { });
        var first = await client.GetAsync("/cached/");
        await client.GetAsync("/cached/?page=2");
        var cached = await client.GetAsync("/cached/");

        Assert.Equal(201, created.StatusCode);
        Assert.Equal(4, _counter.Runs);
        Assert.Contains("\"run\":3", first.Text);
        Assert.Equal(first.Text, cached.Text);
    }

    [Fact]
    public async Task A_failed_write_does_not_invalidate()
    {
        await using var host = await StartAsync();
        using var client = host.CreateClient();

        await client.GetAsync("/cached/");
        var refused = await client.DeleteAsync("/cached/");
        await client.GetAsync("/cached/");

        Assert.Equal(400, refused.StatusCode);
        Assert.Equal(1, _counter.Runs);
    }

    [Fact]
    public async Task A_write_through_another_view_with_the_same_resource_key_invalidates()
    {
        await using var host = await StartAsync();
        using var client = host.CreateClient();

        await client.GetAsync("/items/");
        await client.PostAsync("/items/new/", new { });
        await client.GetAsync("/items/");
        await client.GetAsync("/cached/");
        await client.PostAsync("/items/new/", new { });
        await client.GetAsync("/cached/");

        Assert.Equal(3, _counter.Runs);
    }

    [Fact]
    public async Task A_matching_if_none_match_gets_304_with_the_etag_and_no_body()
    {
        await using var host = await StartAsync();
        using var client = host.CreateClient();

        var first = await client.GetAsync("/cached/");
        var etag = first.Header("ETag")!;
        var notModified = await client.GetAsync("/cached/", headers: Headers(("If-None-Match", etag)));
        var listed = await client.GetAsync("/cached/", headers: Headers(("If-None-Match", $"\"other\", {etag}")));
        var star = await client.GetAsync("/cached/", headers: Headers(("If-None-Match", "*")));
        var stale = await client.GetAsync("/cached/", headers: Headers(("If-None-Match", "\"other\"")));

        Assert.Equal(304, notModified.StatusCode);
        Assert.Equal("", notModified.Text);
        Assert.Equal(etag, notModified.Header("ETag"));
        Assert.Equal("private, max-age=60", notModified.Header("Cache-Control"));
        Assert.Equal(304, listed.StatusCode);
        Assert.Equal(304, star.StatusCode);
        Assert.Equal(200, stale.StatusCode);
        Assert.Equal(first.Text, stale.Text);
        Assert.Equal(1, _counter.Runs);
    }

    [Fact]
    public async Task A_cached_response_has_a_strong_etag_of_its_body_and_cache_control()
    {
        await using var host = await StartAsync();
        using var client = host.CreateClient();

        var first = await client.GetAsync("/cached/");
        var second = await client.GetAsync("/cached/");
        await client.PostAsync("/cached/", new { });
        var third = await client.GetAsync("/cached/");

        Assert.Matches("^\"[0-9a-f]{32}\"$", first.Header("ETag"));
        Assert.Equal(first.Header("ETag"), second.Header("ETag"));
        Assert.NotEqual(first.Header("ETag"), third.Header("ETag"));
        Assert.Equal("private, max-age=60", first.Header("Cache-Control"));
    }

    [Fact]
    public async Task Authentication_and_permissions_still_run_on_hits()
    {
        await using var host = await StartAsync();
        using var client = host.CreateClient();

        var allowed = await client.GetAsync("/protected/", headers: Headers(("X-User", "alice")));
        var hit = await client.GetAsync("/protected/", headers: Headers(("X-User", "alice")));
        var anonymous = await client.GetAsync("/protected/");
        var bad = await client.GetAsync("/protected/", headers: Headers(("X-User", "bad")));

        Assert.Equal(200, allowed.StatusCode);
        Assert.Equal(allowed.Text, hit.Text);
        Assert.Equal(401, anonymous.StatusCode);
        Assert.Equal("{\"detail\":\"Authentication credentials were not provided.\"}", anonymous.Text);
        Assert.Equal("Test", anonymous.Header("WWW-Authenticate"));
        Assert.Null(anonymous.Header("ETag"));
        Assert.Equal(401, bad.StatusCode);
        Assert.Equal(1, _counter.Runs);
    }

    [Fact]
    public async Task Throttles_still_run_on_hits()
    {
        await using var host = await StartAsync();
        using var client = host.CreateClient();

        await client.GetAsync("/throttled/");
        var refused = await client.GetAsync("/throttled/", headers: Headers(("X-Refuse", "1")));
        var hit = await client.GetAsync("/throttled/");

        Assert.Equal(429, refused.StatusCode);
        Assert.Equal("5", refused.Header("Retry-After"));
        Assert.Equal(200, hit.StatusCode);
        Assert.Equal(1, _counter.Runs);
    }

    [Fact]
    public void Add_rest_framework_registers_the_memory_store_unless_one_is_registered()
    {
        using var store = new MemoryResponseCacheStore();
        var defaults = new ServiceCollection().AddRestFramework();
        var custom = new ServiceCollection().AddSingleton<IResponseCacheStore>(store).AddRestFramework();

        Assert.Equal(typeof(MemoryResponseCacheStore), Assert.Single(defaults, d => d.ServiceType == typeof(IResponseCacheStore)).ImplementationType);
        Assert.Same(store, Assert.Single(custom, d => d.ServiceType == typeof(IResponseCacheStore)).ImplementationInstance);
    }
}
