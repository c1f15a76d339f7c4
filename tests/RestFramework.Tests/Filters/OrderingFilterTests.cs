using Microsoft.AspNetCore.Builder;
using RestFramework.Filters;

namespace RestFramework.Tests.Filters;

public sealed class OrderingFilterTests
{
    private abstract class OrderView : ItemListView
    {
        public override IReadOnlyList<Type>? FilterBackendTypes => [typeof(OrderingFilter)];
    }

    private sealed class WhitelistView : OrderView
    {
        public override IReadOnlyList<string>? OrderingFields => ["name", "age", "kind", "topic__slug"];
    }

    private sealed class DefaultOrderingView : OrderView
    {
        public override IReadOnlyList<string>? OrderingFields => ["name"];
        public override IReadOnlyList<string>? Ordering => ["-age"];
    }

    private sealed class AnyFieldView : OrderView
    {
    }

    private sealed class AllFieldsView : OrderView
    {
        public override IReadOnlyList<string>? OrderingFields => ["__all__"];
    }

    // The first rows match DRF 3.14's answers for ordering_fields = ['name', 'age'].
    [Theory]
    [InlineData("/w/?ordering=-age", "5,4,3,2,1")]
    [InlineData("/w/?ordering=bogus", "1,2,3,4,5")]
    [InlineData("/w/?ordering=price", "1,2,3,4,5")]
    [InlineData("/w/?ordering=-name,%20age", "5,4,3,2,1")]
    [InlineData("/w/?ordering=--age", "1,2,3,4,5")]
    [InlineData("/w/?ordering=%1C-age%1F", "5,4,3,2,1")]
    [InlineData("/w/?ordering=name,%C2%A0-age", "1,2,3,4,5")]
    [InlineData("/w/?ordering=bogus,-name", "5,4,3,2,1")]
    [InlineData("/w/?ordering=kind", "1,3,5,2,4")]
    [InlineData("/w/?ordering=-kind", "2,4,1,3,5")]
    [InlineData("/w/?ordering=-kind,-name", "4,2,5,3,1")]
    [InlineData("/d/", "5,4,3,2,1")]
    [InlineData("/d/?ordering=age", "5,4,3,2,1")]
    [InlineData("/d/?ordering=-name", "5,4,3,2,1")]
    [InlineData("/d/?ordering=name", "1,2,3,4,5")]
    [InlineData("/any/?ordering=-rating", "5,4,3,2,1")]
    [InlineData("/any/?ordering=-topic__slug", "1,2,3,4,5")]
    [InlineData("/all/?ordering=-created", "5,4,3,2,1")]
    public async Task Only_whitelisted_terms_order_the_list(string path, string ids)
    {
        await using var host = await CatalogHost.StartAsync(
            e =>
            {
                e.MapView<WhitelistView>("w/");
                e.MapView<DefaultOrderingView>("d/");
                e.MapView<AnyFieldView>("any/");
                e.MapView<AllFieldsView>("all/");
            },
            CatalogHost.Items(5));

        var response = await host.Client.GetAsync(path);

        Assert.Equal(200, response.StatusCode);
        Assert.Equal(ids, DjangoFilterBackendTests.Ids(response));
    }

    // NULLs sort where the database sorts them, as with DRF, which passes order_by to it: first ascending on SQLite, last on
    // PostgreSQL. Items 2 and 4 have a topic; 1, 3 and 5 have none.
    [Theory]
    [InlineData("/w/?ordering=topic__slug", "1,3,5,2,4", "2,4,1,3,5")]
    [InlineData("/w/?ordering=-topic__slug", "2,4,1,3,5", "1,3,5,2,4")]
    [InlineData("/any/?ordering=-topic_id", "2,4,1,3,5", "1,3,5,2,4")]
    [InlineData("/any/?ordering=topic_id", "1,3,5,2,4", "2,4,1,3,5")]
    public async Task Nulls_sort_where_the_database_sorts_them(string path, string sqlite, string postgres)
    {
        await using var host = await CatalogHost.StartAsync(
            e =>
            {
                e.MapView<WhitelistView>("w/");
                e.MapView<AnyFieldView>("any/");
            },
            CatalogHost.Items(5));

        var response = await host.Client.GetAsync(path);

        Assert.Equal(200, response.StatusCode);
        Assert.Equal(CatalogHost.OnDatabase(sqlite, postgres), DjangoFilterBackendTests.Ids(response));
    }

    [Fact]
    public async Task Ordering_ends_with_the_primary_key_as_a_tie_breaker()
    {
        await using var host = await CatalogHost.StartAsync(e => e.MapView<WhitelistView>("w/"), CatalogHost.Items(5));

        await host.Client.GetAsync("/w/?ordering=kind");

        Assert.Contains("ORDER BY i.Kind, i.Id", SqlLog.Unquoted(Assert.Single(host.Sql.Commands)), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Terms_outside_the_whitelist_never_reach_sql()
    {
        await using var host = await CatalogHost.StartAsync(e => e.MapView<WhitelistView>("w/"), CatalogHost.Items(2));

        await host.Client.GetAsync("/w/?ordering=price,description");

        // The view's own ORDER BY id stays; neither term is added to it.
        Assert.EndsWith("ORDER BY i.Id", SqlLog.Unquoted(Assert.Single(host.Sql.Commands)), StringComparison.Ordinal);
    }
}
