using Microsoft.AspNetCore.Builder;
using RestFramework.Filters;

namespace RestFramework.Tests.Filters;

public sealed class SearchFilterTests
{
    private abstract class SearchView : ItemListView
    {
        public override IReadOnlyList<Type>? FilterBackendTypes => [typeof(SearchFilter)];
    }

    private sealed class NameView : SearchView
    {
        public override IReadOnlyList<string>? SearchFields => ["name", "^topic__slug"];
    }

    private sealed class ExactView : SearchView
    {
        public override IReadOnlyList<string>? SearchFields => ["=description"];
    }

    private sealed class RegexView : SearchView
    {
        public override IReadOnlyList<string>? SearchFields => ["$description"];
    }

    private sealed class FullTextView : SearchView
    {
        public override IReadOnlyList<string>? SearchFields => ["@name"];
    }

    private sealed class FullTextDescriptionView : SearchView
    {
        public override IReadOnlyList<string>? SearchFields => ["@description"];
    }

    private sealed class DescriptionView : SearchView
    {
        public override IReadOnlyList<string>? SearchFields => ["description"];
    }

    private sealed class TagView : SearchView
    {
        public override IReadOnlyList<string>? SearchFields => ["tags__name"];
    }

    private sealed class NoFieldsView : SearchView
    {
    }

    // The name rows match DRF 3.14's answers for search_fields = ['name', '^topic__slug'].
    [Theory]
    [InlineData("/name/?search=n1", "2")]
    [InlineData("/name/?search=N1", "2")]
    [InlineData("/name/?search=n1%20n2", "")]
    [InlineData("/name/?search=n,1", "2")]
    [InlineData("/name/?search=n%091", "2")]
    [InlineData("/name/?search=n1%00", "2")]
    [InlineData("/name/?search=p", "2,4")]
    [InlineData("/name/?search=P", "2,4")]
    [InlineData("/name/?search=y", "")]
    [InlineData("/name/?search=", "1,2,3,4,5")]
    [InlineData("/name/?search=%20,%20", "1,2,3,4,5")]
    [InlineData("/exact/?search=green", "2")]
    [InlineData("/exact/?search=GREEN", "2")]
    [InlineData("/exact/?search=gree", "")]
    [InlineData("/regex/?search=%5Ered", "1,5")]
    [InlineData("/regex/?search=a.p", "1,5")]
    [InlineData("/regex/?search=%5Cd%2B%25", "3")]
    [InlineData("/fulltext/?search=N1", "2")]
    [InlineData("/description/?search=100%25", "3")]
    [InlineData("/description/?search=_", "5")]
    [InlineData("/description/?search=APPLE%20red", "1,5")]
    [InlineData("/tags/?search=e", "1,2,3")]
    [InlineData("/tags/?search=RO", "1")]
    [InlineData("/none/?search=n1", "1,2,3,4,5")]
    public async Task Terms_match_case_insensitively_and_all_must_match(string path, string ids)
    {
        await using var host = await StartAsync();

        var response = await host.Client.GetAsync(path);

        Assert.Equal(200, response.StatusCode);
        Assert.Equal(ids, DjangoFilterBackendTests.Ids(response));
    }

    // Where DRF's answer depends on the database, so does ours: '@' is PostgreSQL full-text search (stemmed, English by
    // default; a "contains" elsewhere), and case folding is the database's lower(): ASCII only on SQLite, as Django's LIKE.
    [Theory]
    [InlineData("/fulltext-description/?search=apples", "", "1,5")]
    [InlineData("/fulltext-description/?search=apple", "1,5", "1,5")]
    [InlineData("/fulltext-description/?search=RED%20plums", "", "")]
    [InlineData("/fulltext-description/?search=plums", "", "3")]
    [InlineData("/fulltext-description/?search=pl", "1,3,5", "")]
    [InlineData("/tags/?search=%C3%89", "4", "4")]
    [InlineData("/tags/?search=%C3%89CLAIR", "4", "4")]
    [InlineData("/tags/?search=%C3%A9", "", "4")]
    public async Task Full_text_and_case_folding_are_the_database_s(string path, string sqlite, string postgres)
    {
        await using var host = await StartAsync();

        var response = await host.Client.GetAsync(path);

        Assert.Equal(200, response.StatusCode);
        Assert.Equal(CatalogHost.OnDatabase(sqlite, postgres), DjangoFilterBackendTests.Ids(response));
    }

    [Fact]
    public async Task The_search_param_setting_renames_the_parameter()
    {
        await using var host = await CatalogHost.StartAsync(e => e.MapView<NameView>("name/"), CatalogHost.Items(3), o => o.SearchParam = "q");

        Assert.Equal("2", DjangoFilterBackendTests.Ids(await host.Client.GetAsync("/name/?q=n1")));
        Assert.Equal("1,2,3", DjangoFilterBackendTests.Ids(await host.Client.GetAsync("/name/?search=n1")));
    }

    [Fact]
    public void Search_fields_must_be_text()
    {
        var error = Assert.Throws<InvalidOperationException>(() => SearchField.Get(typeof(Item), "age"));

        Assert.Contains("must be a string property", error.Message, StringComparison.Ordinal);
    }

    private static Task<CatalogHost> StartAsync() => CatalogHost.StartAsync(
        e =>
        {
            e.MapView<NameView>("name/");
            e.MapView<ExactView>("exact/");
            e.MapView<RegexView>("regex/");
            e.MapView<FullTextView>("fulltext/");
            e.MapView<FullTextDescriptionView>("fulltext-description/");
            e.MapView<DescriptionView>("description/");
            e.MapView<TagView>("tags/");
            e.MapView<NoFieldsView>("none/");
        },
        db =>
        {
            CatalogHost.Items(5)(db);
            string?[] descriptions = ["Red apple", "Green", "Blue 100% plum", null, "red_apple"];
            foreach (var item in db.Items.Local)
            {
                item.Description = descriptions[item.Id - 1];
            }
            db.Tags.AddRange(
                new Tag { Name = "red", ItemId = 1 },
                new Tag { Name = "rose", ItemId = 1 },
                new Tag { Name = "green", ItemId = 2 },
                new Tag { Name = "blue", ItemId = 3 },
                new Tag { Name = "Éclair", ItemId = 4 });
        });
}
