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
    [InlineData("/w/?ordering=bogus,-name", "5,4,3,2,1")]
    [InlineData("/w/?ordering=kind", "1,3,5,2,4")]
    [InlineData("/w/?ordering=-kind", "2,4,1,3,5")]
    [InlineData("/w/?ordering=-kind,-name", "4,2,5,3,1")]
    [InlineData("/w/?ordering=topic__slug", "1,3,5,2,4")]
    [InlineData("/d/", "5,4,3,2,1")]
    [InlineData("/d/?ordering=age", "5,4,3,2,1")]
    [InlineData("/d/?ordering=-name", "5,4,3,2,1")]
    [InlineData("/d/?ordering=name", "1,2,3,4,5")]
    [InlineData("/any/?ordering=-rating", "5,4,3,2,1")]
    [InlineData("/any/?ordering=-topic_id", "2,4,1,3,5")]
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

    [Fact]
    public async Task Ordering_ends_with_the_primary_key_as_a_tie_breaker()
    {
        await using var host = await CatalogHost.StartAsync(e => e.MapView<WhitelistView>("w/"), CatalogHost.Items(5));

        await host.Client.GetAsync("/w/?ordering=kind");

        var sql = Assert.Single(host.Sql.Commands);
        Assert.Matches(@"ORDER BY ""i"".""Kind"", ""i"".""Id""", sql);
    }

    [Fact]
    public async Task Terms_outside_the_whitelist_never_reach_sql()
    {
        await using var host = await CatalogHost.StartAsync(e => e.MapView<WhitelistView>("w/"), CatalogHost.Items(2));

        await host.Client.GetAsync("/w/?ordering=price,description");

        Assert.DoesNotContain("ORDER BY", Assert.Single(host.Sql.Commands), StringComparison.Ordinal);
    }
}
