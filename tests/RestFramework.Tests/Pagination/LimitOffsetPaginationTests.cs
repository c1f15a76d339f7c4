using Microsoft.AspNetCore.Builder;
using RestFramework.Pagination;
using RestFramework.Tests.Filters;

namespace RestFramework.Tests.Pagination;

public sealed class LimitOffsetPaginationTests
{
    public sealed class SmallWindows : LimitOffsetPagination
    {
        public SmallWindows()
        {
            DefaultLimit = 2;
            MaxLimit = 3;
        }
    }

    private sealed class WindowView : ItemListView
    {
        public override Type? PaginatorType => typeof(SmallWindows);
    }

    private sealed class NoDefaultView : ItemListView
    {
        public override Type? PaginatorType => typeof(LimitOffsetPagination);
    }

    // Outputs of DRF 3.14 for the same data and pagination class.
    [Theory]
    [InlineData("/lo/", """{"count":5,"next":"http://testserver/lo/?limit=2&offset=2","previous":null,"results":[{"id":1,"name":"n0"},{"id":2,"name":"n1"}]}""")]
    [InlineData("/lo/?limit=2&offset=2", """{"count":5,"next":"http://testserver/lo/?limit=2&offset=4","previous":"http://testserver/lo/?limit=2","results":[{"id":3,"name":"n2"},{"id":4,"name":"n3"}]}""")]
    [InlineData("/lo/?offset=3", """{"count":5,"next":null,"previous":"http://testserver/lo/?limit=2&offset=1","results":[{"id":4,"name":"n3"},{"id":5,"name":"n4"}]}""")]
    [InlineData("/lo/?offset=10", """{"count":5,"next":null,"previous":"http://testserver/lo/?limit=2&offset=8","results":[]}""")]
    [InlineData("/lo/?limit=0", """{"count":5,"next":"http://testserver/lo/?limit=2&offset=2","previous":null,"results":[{"id":1,"name":"n0"},{"id":2,"name":"n1"}]}""")]
    [InlineData("/lo/?limit=10", """{"count":5,"next":"http://testserver/lo/?limit=3&offset=3","previous":null,"results":[{"id":1,"name":"n0"},{"id":2,"name":"n1"},{"id":3,"name":"n2"}]}""")]
    [InlineData("/lo/?offset=-1", """{"count":5,"next":"http://testserver/lo/?limit=2&offset=2","previous":null,"results":[{"id":1,"name":"n0"},{"id":2,"name":"n1"}]}""")]
    [InlineData("/lo/?offset=1", """{"count":5,"next":"http://testserver/lo/?limit=2&offset=3","previous":"http://testserver/lo/?limit=2","results":[{"id":2,"name":"n1"},{"id":3,"name":"n2"}]}""")]
    [InlineData("/lo/?limit=abc&offset=x", """{"count":5,"next":"http://testserver/lo/?limit=2&offset=2","previous":null,"results":[{"id":1,"name":"n0"},{"id":2,"name":"n1"}]}""")]
    public async Task Windows_match_drf(string path, string expected)
    {
        await using var host = await CatalogHost.StartAsync(e => e.MapView<WindowView>("lo/"), CatalogHost.Items(5));

        var response = await host.Client.GetAsync(path);

        Assert.Equal(200, response.StatusCode);
        Assert.Equal(expected.Replace("http://testserver", "http://localhost", StringComparison.Ordinal), response.Text);
    }

    [Fact]
    public async Task Invalid_limit_without_a_default_gives_a_bare_list()
    {
        await using var host = await CatalogHost.StartAsync(e => e.MapView<NoDefaultView>("lo/"), CatalogHost.Items(2));

        var response = await host.Client.GetAsync("/lo/?limit=abc");

        Assert.Equal("""[{"id":1,"name":"n0"},{"id":2,"name":"n1"}]""", response.Text);
    }

    [Fact]
    public async Task Valid_limit_without_a_default_paginates()
    {
        await using var host = await CatalogHost.StartAsync(e => e.MapView<NoDefaultView>("lo/"), CatalogHost.Items(2));

        var response = await host.Client.GetAsync("/lo/?limit=1");

        Assert.Equal("""{"count":2,"next":"http://localhost/lo/?limit=1&offset=1","previous":null,"results":[{"id":1,"name":"n0"}]}""", response.Text);
    }
}
