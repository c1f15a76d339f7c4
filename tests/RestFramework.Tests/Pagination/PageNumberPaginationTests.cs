using Microsoft.AspNetCore.Builder;
using RestFramework.Filters;
using RestFramework.Pagination;
using RestFramework.Tests.Filters;

namespace RestFramework.Tests.Pagination;

public sealed class PageNumberPaginationTests
{
    public sealed class SmallPages : PageNumberPagination
    {
        public SmallPages()
        {
            PageSize = 2;
            PageSizeQueryParam = "page_size";
            MaxPageSize = 3;
        }
    }

    private sealed class PagedView : ItemListView
    {
        public override Type? PaginatorType => typeof(SmallPages);
        public override IReadOnlyList<Type>? FilterBackendTypes => [typeof(SearchFilter), typeof(OrderingFilter)];
        public override IReadOnlyList<string>? SearchFields => ["name"];
        public override IReadOnlyList<string>? OrderingFields => ["name", "age"];
    }

    private sealed class UnpaginatedView : ItemListView
    {
        public override Type? PaginatorType => null;
    }

    // Outputs of DRF 3.14 for the same data and pagination class (host testserver → localhost).
    [Theory]
    [InlineData("/pn/", 200, """{"count":5,"next":"http://testserver/pn/?page=2","previous":null,"results":[{"id":1,"name":"n0"},{"id":2,"name":"n1"}]}""")]
    [InlineData("/pn/?page=2", 200, """{"count":5,"next":"http://testserver/pn/?page=3","previous":"http://testserver/pn/","results":[{"id":3,"name":"n2"},{"id":4,"name":"n3"}]}""")]
    [InlineData("/pn/?page=3", 200, """{"count":5,"next":null,"previous":"http://testserver/pn/?page=2","results":[{"id":5,"name":"n4"}]}""")]
    [InlineData("/pn/?page=last", 200, """{"count":5,"next":null,"previous":"http://testserver/pn/?page=2","results":[{"id":5,"name":"n4"}]}""")]
    [InlineData("/pn/?page_size=10", 200, """{"count":5,"next":"http://testserver/pn/?page=2&page_size=10","previous":null,"results":[{"id":1,"name":"n0"},{"id":2,"name":"n1"},{"id":3,"name":"n2"}]}""")]
    [InlineData("/pn/?page_size=0&page=2", 200, """{"count":5,"next":"http://testserver/pn/?page=3&page_size=0","previous":"http://testserver/pn/?page_size=0","results":[{"id":3,"name":"n2"},{"id":4,"name":"n3"}]}""")]
    [InlineData("/pn/?page=2&zzz=1&ordering=-name,bogus", 200, """{"count":5,"next":"http://testserver/pn/?ordering=-name%2Cbogus&page=3&zzz=1","previous":"http://testserver/pn/?ordering=-name%2Cbogus&zzz=1","results":[{"id":3,"name":"n2"},{"id":2,"name":"n1"}]}""")]
    [InlineData("/pn/?search=zzz", 200, """{"count":0,"next":null,"previous":null,"results":[]}""")]
    [InlineData("/pn/?page=2&page=1", 200, """{"count":5,"next":"http://testserver/pn/?page=2","previous":null,"results":[{"id":1,"name":"n0"},{"id":2,"name":"n1"}]}""")]
    [InlineData("/pn/?page=4", 404, """{"detail":"Invalid page."}""")]
    [InlineData("/pn/?page=0", 404, """{"detail":"Invalid page."}""")]
    [InlineData("/pn/?page=-1", 404, """{"detail":"Invalid page."}""")]
    [InlineData("/pn/?page=x", 404, """{"detail":"Invalid page."}""")]
    [InlineData("/pn/?page=", 404, """{"detail":"Invalid page."}""")]
    [InlineData("/pn/?page=1.0", 404, """{"detail":"Invalid page."}""")]
    public async Task Pages_match_drf(string path, int status, string expected)
    {
        await using var host = await CatalogHost.StartAsync(e => e.MapView<PagedView>("pn/"), CatalogHost.Items(5));

        var response = await host.Client.GetAsync(path);

        Assert.Equal(status, response.StatusCode);
        Assert.Equal(expected.Replace("http://testserver", "http://localhost", StringComparison.Ordinal), response.Text);
    }

    public sealed class ExplainedPages : PageNumberPagination
    {
        public ExplainedPages() => (PageSize, InvalidPageMessage) = (2, "Invalid page {page_number}: {message}.");
    }

    private sealed class ExplainedView : ItemListView
    {
        public override Type? PaginatorType => typeof(ExplainedPages);
    }

    [Theory]
    [InlineData("x", "Invalid page x: That page number is not an integer.")]
    [InlineData("0", "Invalid page 0: That page number is less than 1.")]
    [InlineData("9", "Invalid page 9: That page contains no results.")]
    public async Task Invalid_page_message_formats_the_page_and_the_reason(string page, string detail)
    {
        await using var host = await CatalogHost.StartAsync(e => e.MapView<ExplainedView>("pn/"), CatalogHost.Items(3));

        var response = await host.Client.GetAsync("/pn/?page=" + page);

        Assert.Equal(404, response.StatusCode);
        Assert.Equal(detail, response.Json()!["detail"]!.GetValue<string>());
    }

    [Fact]
    public async Task Empty_list_is_an_empty_first_page()
    {
        await using var host = await CatalogHost.StartAsync(e => e.MapView<PagedView>("pn/"), CatalogHost.Items(0));

        var response = await host.Client.GetAsync("/pn/");

        Assert.Equal("""{"count":0,"next":null,"previous":null,"results":[]}""", response.Text);
        Assert.Equal(404, (await host.Client.GetAsync("/pn/?page=2")).StatusCode);
    }

    [Fact]
    public async Task Settings_choose_the_default_paginator_and_page_size()
    {
        await using var host = await CatalogHost.StartAsync(
            e => e.MapView<ItemListView>("items/"), CatalogHost.Items(3),
            o => (o.DefaultPagination, o.PageSize) = (typeof(PageNumberPagination), 2));

        var response = await host.Client.GetAsync("/items/");

        Assert.Equal("""{"count":3,"next":"http://localhost/items/?page=2","previous":null,"results":[{"id":1,"name":"n0"},{"id":2,"name":"n1"}]}""", response.Text);
    }

    [Fact]
    public async Task No_page_size_means_no_pagination()
    {
        await using var host = await CatalogHost.StartAsync(
            e => e.MapView<ItemListView>("items/"), CatalogHost.Items(2),
            o => o.DefaultPagination = typeof(PageNumberPagination));

        var response = await host.Client.GetAsync("/items/?page=7");

        Assert.Equal("""[{"id":1,"name":"n0"},{"id":2,"name":"n1"}]""", response.Text);
    }

    [Fact]
    public async Task A_view_turns_the_default_pagination_off()
    {
        await using var host = await CatalogHost.StartAsync(
            e => e.MapView<UnpaginatedView>("items/"), CatalogHost.Items(2),
            o => (o.DefaultPagination, o.PageSize) = (typeof(PageNumberPagination), 1));

        var response = await host.Client.GetAsync("/items/");

        Assert.Equal("""[{"id":1,"name":"n0"},{"id":2,"name":"n1"}]""", response.Text);
    }

    [Fact]
    public void Schema_parameters_name_page_and_page_size()
    {
        var parameters = new SmallPages().GetSchemaParameters();

        Assert.Equal(["page", "page_size"], parameters.Select(p => p.Name));
        Assert.Equal("A page number within the paginated result set.", parameters[0].Description);
    }
}
