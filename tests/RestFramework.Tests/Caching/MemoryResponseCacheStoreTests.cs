using RestFramework.Caching;

namespace RestFramework.Tests.Caching;

public sealed class MemoryResponseCacheStoreTests
{
    [Fact]
    public async Task Stored_bytes_are_returned_and_absent_keys_are_null()
    {
        using var store = new MemoryResponseCacheStore();

        await store.SetAsync("k", [1, 2, 3], TimeSpan.FromMinutes(1));

        Assert.Equal([1, 2, 3], await store.GetAsync("k"));
        Assert.Null(await store.GetAsync("other"));
    }

    [Fact]
    public async Task Generations_start_at_zero_and_increment_per_resource()
    {
        using var store = new MemoryResponseCacheStore();

        Assert.Equal(0, await store.GetGenerationAsync("a"));
        Assert.Equal(1, await store.IncrementGenerationAsync("a"));
        Assert.Equal(2, await store.IncrementGenerationAsync("a"));
        Assert.Equal(2, await store.GetGenerationAsync("a"));
        Assert.Equal(0, await store.GetGenerationAsync("b"));
    }
}
