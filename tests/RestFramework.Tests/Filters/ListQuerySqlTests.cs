using Microsoft.AspNetCore.Builder;
using RestFramework.Filters;
using RestFramework.Pagination;

namespace RestFramework.Tests.Filters;

public sealed class ListQuerySqlTests
{
    private sealed class FullListView : ItemListView
    {
        public override Type? PaginatorType => typeof(TwoPerPage);
        public override IReadOnlyList<Type>? FilterBackendTypes => [typeof(DjangoFilterBackend), typeof(SearchFilter), typeof(OrderingFilter)];
        public override FilterFields? FilterFields => new() { { "age", "gte" }, "kind" };
        public override IReadOnlyList<string>? SearchFields => ["name", "topic__slug"];
        public override IReadOnlyList<string>? OrderingFields => ["name", "age"];
    }

    public sealed class TwoPerPage : PageNumberPagination
    {
        public TwoPerPage() => PageSize = 2;
    }

    [Fact]
    public async Task Filtered_searched_ordered_page_runs_one_count_and_one_page_query_in_sql()
    {
        await using var host = await CatalogHost.StartAsync(e => e.MapView<FullListView>("items/"), CatalogHost.Items(50));

        var response = await host.Client.GetAsync("/items/?age__gte=10&kind=beta&search=N,py&ordering=-age&page=2");

        Assert.Equal(200, response.StatusCode);
        Assert.Equal(
            """{"count":20,"next":"http://localhost/items/?age__gte=10&kind=beta&ordering=-age&page=3&search=N%2Cpy","previous":"http://localhost/items/?age__gte=10&kind=beta&ordering=-age&search=N%2Cpy","results":[{"id":46,"name":"n45"},{"id":44,"name":"n43"}]}""",
            response.Text);
        // Quotes removed: SQLite quotes the alias ("i"."Age"), PostgreSQL does not (i."Age").
        Assert.Collection(
            host.Sql.Commands.Select(SqlLog.Unquoted),
            count =>
            {
                Assert.Contains("SELECT COUNT(*)", count, StringComparison.OrdinalIgnoreCase);
                Assert.Contains("WHERE", count, StringComparison.Ordinal);
                Assert.DoesNotContain("LIMIT", count, StringComparison.Ordinal);
            },
            page =>
            {
                Assert.DoesNotContain("COUNT", page, StringComparison.OrdinalIgnoreCase);
                Assert.Contains("WHERE", page, StringComparison.Ordinal);
                Assert.Contains("i.Age >= @", page, StringComparison.Ordinal);
                Assert.Contains("lower(", page, StringComparison.Ordinal);
                Assert.Contains("ORDER BY i.Age DESC, i.Id", page, StringComparison.Ordinal);
                Assert.Matches(@"LIMIT @\w+ OFFSET @\w+", page);
            });
    }
}
