using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using RestFramework.Filters;
using RestFramework.Pagination;
using RestFramework.Tests.Filters;

namespace RestFramework.Tests.Pagination;

public sealed class CursorPaginationTests
{
    public sealed class ByCreated : CursorPagination
    {
        public ByCreated() => (PageSize, Ordering) = (2, ["created"]);
    }

    public sealed class ByCreatedDescending : CursorPagination
    {
        public ByCreatedDescending() => (PageSize, Ordering) = (2, ["-created"]);
    }

    public sealed class ByActive : CursorPagination
    {
        public ByActive() => (PageSize, Ordering) = (2, ["active"]);
    }

    public sealed class ByDefault : CursorPagination
    {
        public ByDefault() => PageSize = 2;
    }

    private sealed class CreatedView : ItemListView
    {
        public override Type? PaginatorType => typeof(ByCreated);
    }

    private sealed class DescendingView : ItemListView
    {
        public override Type? PaginatorType => typeof(ByCreatedDescending);
    }

    private sealed class ActiveView : ItemListView
    {
        public override Type? PaginatorType => typeof(ByActive);
    }

    private sealed class OrderedView : ItemListView
    {
        public override Type? PaginatorType => typeof(ByDefault);
        public override IReadOnlyList<Type>? FilterBackendTypes => [typeof(OrderingFilter)];
        public override IReadOnlyList<string>? OrderingFields => ["age", "name"];
        public override IReadOnlyList<string>? Ordering => ["age"];
    }

    // Outputs of DRF 3.14 for the same data and pagination classes.
    [Theory]
    [InlineData("/cp/", """{"next":"http://testserver/cp/?cursor=cD0yMDI0LTAxLTAyKzAwJTNBMDAlM0EwMCUyQjAwJTNBMDA%3D","previous":null,"results":[{"id":1,"name":"n0"},{"id":2,"name":"n1"}]}""")]
    [InlineData("/cp/?cursor=cD0yMDI0LTAxLTAyKzAwJTNBMDAlM0EwMCUyQjAwJTNBMDA%3D", """{"next":"http://testserver/cp/?cursor=cD0yMDI0LTAxLTA0KzAwJTNBMDAlM0EwMCUyQjAwJTNBMDA%3D","previous":"http://testserver/cp/?cursor=cj0xJnA9MjAyNC0wMS0wMyswMCUzQTAwJTNBMDAlMkIwMCUzQTAw","results":[{"id":3,"name":"n2"},{"id":4,"name":"n3"}]}""")]
    [InlineData("/cpd/", """{"next":"http://testserver/cpd/?cursor=cD0yMDI0LTAxLTA0KzAwJTNBMDAlM0EwMCUyQjAwJTNBMDA%3D","previous":null,"results":[{"id":5,"name":"n4"},{"id":4,"name":"n3"}]}""")]
    [InlineData("/cpa/", """{"next":"http://testserver/cpa/?cursor=bz0y","previous":null,"results":[{"id":1,"name":"n0"},{"id":2,"name":"n1"}]}""")]
    [InlineData("/cpo/?ordering=-name", """{"next":"http://testserver/cpo/?cursor=cD1uMw%3D%3D&ordering=-name","previous":null,"results":[{"id":5,"name":"n4"},{"id":4,"name":"n3"}]}""")]
    [InlineData("/cpo/", """{"next":"http://testserver/cpo/?cursor=cD0x","previous":null,"results":[{"id":1,"name":"n0"},{"id":2,"name":"n1"}]}""")]
    [InlineData("/cp/?cursor=%21%21%21", """{"next":"http://testserver/cp/?cursor=cD0yMDI0LTAxLTAyKzAwJTNBMDAlM0EwMCUyQjAwJTNBMDA%3D","previous":null,"results":[{"id":1,"name":"n0"},{"id":2,"name":"n1"}]}""")]
    [InlineData("/cp/?cursor=bz0zMDAw", """{"next":null,"previous":"http://testserver/cp/?cursor=cj0x","results":[]}""")]
    public async Task Pages_match_drf(string path, string expected)
    {
        await using var host = await StartAsync();

        var response = await host.Client.GetAsync(path);

        Assert.Equal(200, response.StatusCode);
        Assert.Equal(expected.Replace("http://testserver", "http://localhost", StringComparison.Ordinal), response.Text);
    }

    [Theory]
    [InlineData("bad")]
    [InlineData("bz0tMQ==")] // o=-1
    [InlineData("bz14")] // o=x
    [InlineData("cj14")] // r=x
    [InlineData("cD1ub3RhZGF0ZQ==")] // p=notadate
    [InlineData("w6k=")] // not ASCII
    public async Task Tampered_cursor_is_not_found_without_a_period(string cursor)
    {
        await using var host = await StartAsync();

        var response = await host.Client.GetAsync("/cp/?cursor=" + Uri.EscapeDataString(cursor));

        Assert.Equal(404, response.StatusCode);
        Assert.Equal("""{"detail":"Invalid cursor"}""", response.Text);
    }

    [Theory]
    [InlineData("/cp/")]
    [InlineData("/cpd/")]
    [InlineData("/cpo/?ordering=-name")]
    public async Task Next_then_previous_links_walk_every_item_once(string start)
    {
        await using var host = await StartAsync();

        var forward = await WalkAsync(host, start, "next");
        var backward = await WalkAsync(host, forward.Last, "previous");

        Assert.Equal(5, forward.Ids.Count);
        Assert.Equal(5, forward.Ids.Distinct().Count());
        Assert.Equal(forward.Ids, Reassemble(backward.Pages));
    }

    [Fact]
    public async Task Next_links_over_a_non_unique_ordering_use_offsets()
    {
        await using var host = await StartAsync();

        var forward = await WalkAsync(host, "/cpa/", "next");

        Assert.Equal([[1, 2], [3, 4], [5]], forward.Pages);
    }

    [Fact]
    public void Cursor_tokens_round_trip_as_drf_encodes_them()
    {
        Assert.Equal("cD0y", CursorCodec.Encode(new Cursor(0, false, "2")));
        Assert.Equal("bz0yJnI9MSZwPWErYg==", CursorCodec.Encode(new Cursor(2, true, "a b")));
        Assert.True(CursorCodec.TryDecode("bz0yJnI9MSZwPWErYg==", 1000, out var cursor));
        Assert.Equal(new Cursor(2, true, "a b"), cursor);
        Assert.True(CursorCodec.TryDecode("bz01MDAw", 1000, out var capped));
        Assert.Equal(1000, capped!.Offset);
    }

    [Fact]
    public void Schema_parameters_name_the_cursor()
    {
        Assert.Equal("cursor", Assert.Single(new ByCreated().GetSchemaParameters()).Name);
    }

    private static List<int> Reassemble(List<List<int>> pages)
    {
        pages.Reverse();
        return pages.SelectMany(p => p).ToList();
    }

    private static async Task<(List<int> Ids, List<List<int>> Pages, string Last)> WalkAsync(CatalogHost host, string start, string link)
    {
        var ids = new List<int>();
        var pages = new List<List<int>>();
        string? url = start;
        var last = start;
        for (var guard = 0; url is not null && guard < 10; guard++)
        {
            last = url;
            var json = (await host.Client.GetAsync(url)).Json()!.AsObject();
            var page = json["results"]!.AsArray().Select(r => (int)r!["id"]!).ToList();
            pages.Add(page);
            ids.AddRange(page);
            url = json[link] is JsonValue value ? new Uri(value.GetValue<string>()).PathAndQuery : null;
        }
        return (ids, pages, last);
    }

    private static Task<CatalogHost> StartAsync() => CatalogHost.StartAsync(
        e =>
        {
            e.MapView<CreatedView>("cp/");
            e.MapView<DescendingView>("cpd/");
            e.MapView<ActiveView>("cpa/");
            e.MapView<OrderedView>("cpo/");
        },
        CatalogHost.Items(5));
}
