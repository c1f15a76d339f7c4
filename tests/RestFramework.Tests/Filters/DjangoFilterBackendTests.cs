using Microsoft.AspNetCore.Builder;
using RestFramework.Filters;

namespace RestFramework.Tests.Filters;

public sealed class DjangoFilterBackendTests
{
    private static readonly string[] All = ["exact", "iexact", "contains", "icontains", "startswith", "istartswith", "endswith", "iendswith", "gt", "gte", "lt", "lte", "in", "isnull", "range"];
    private static readonly string[] Compared = ["exact", "gt", "gte", "lt", "lte", "in", "isnull", "range"];

    private sealed class FilteredView : ItemListView
    {
        public override IReadOnlyList<Type>? FilterBackendTypes => [typeof(DjangoFilterBackend)];

        public override FilterFields? FilterFields => new()
        {
            { "name", All },
            { "age", Compared },
            { "price", Compared },
            { "rating", Compared },
            { "active", "exact", "isnull" },
            { "created", Compared },
            { "kind", "exact", "in", "gt" },
            { "topic__slug", "exact", "in", "isnull" },
            { "tags__name", "exact", "icontains" },
            "id",
        };
    }

    public sealed class ItemFilter : FilterSet<Item>
    {
        public ItemFilter()
        {
            AddFields(new FilterFields { "kind" });
            AddFilter("min_price", "price", "gte");
            AddFilter("topic", "topic__slug");
            AddMethod("has_topic", (query, value) => value == "yes" ? query.Where(i => i.TopicId != null) : query);
        }
    }

    private sealed class FilterSetView : ItemListView
    {
        public override IReadOnlyList<Type>? FilterBackendTypes => [typeof(DjangoFilterBackend)];
        public override Type? FilterSetType => typeof(ItemFilter);
    }

    // Ids DRF 3.14 + django-filter 23.1 return for the same data (kind "a"/"b" there is Alpha/Beta here).
    [Theory]
    [InlineData("name=n1", "2")]
    [InlineData("name=N1", "")]
    [InlineData("name=%20n1%20", "2")]
    [InlineData("name__iexact=N1", "2")]
    [InlineData("name__contains=1", "2")]
    [InlineData("name__contains=%25", "")]
    [InlineData("name__contains=_", "")]
    [InlineData("name__startswith=%5C", "")]
    [InlineData("name__icontains=N", "1,2,3,4,5")]
    [InlineData("name__startswith=n", "1,2,3,4,5")]
    [InlineData("name__istartswith=N", "1,2,3,4,5")]
    [InlineData("name__endswith=3", "4")]
    [InlineData("name__iendswith=3", "4")]
    [InlineData("name__in=n1,n4", "2,5")]
    [InlineData("name__gt=n2", "4,5")]
    [InlineData("age__gt=2", "4,5")]
    [InlineData("age__gte=2", "3,4,5")]
    [InlineData("age__lt=2", "1,2")]
    [InlineData("age__lte=2", "1,2,3")]
    [InlineData("age__in=1,3", "2,4")]
    [InlineData("age__in=1,,3", "2,4")]
    [InlineData("age__range=1,3", "2,3,4")]
    [InlineData("age__range=,3", "")]
    [InlineData("age__isnull=true", "")]
    [InlineData("age__isnull=false", "1,2,3,4,5")]
    [InlineData("age__isnull=yes", "1,2,3,4,5")]
    [InlineData("age=1.9", "2")]
    [InlineData("age=%2B1", "2")]
    [InlineData("age=1e0", "2")]
    [InlineData("age=%D9%A1", "2")]
    [InlineData("age=%EF%BC%91", "2")]
    [InlineData("age=_1", "2")]
    [InlineData("age=%1C1%1F", "2")]
    [InlineData("age=1__0", "")]
    [InlineData("age=99999999999999999999", "")]
    [InlineData("age__gte=99999999999999999999", "")]
    [InlineData("age__lte=99999999999999999999", "1,2,3,4,5")]
    [InlineData("age__gte=-1e400", "1,2,3,4,5")]
    [InlineData("age=", "1,2,3,4,5")]
    [InlineData("name=%20", "1,2,3,4,5")]
    [InlineData("topic__slug=%20%09", "1,2,3,4,5")]
    [InlineData("active=%20", "1,2,3,4,5")]
    [InlineData("age__in=", "1,2,3,4,5")]
    [InlineData("price__gte=3.5", "5")]
    [InlineData("price__range=1,2", "2,3")]
    [InlineData("rating__gt=1.2", "4,5")]
    [InlineData("created__gte=2024-01-03T00:00:00Z", "3,4,5")]
    [InlineData("created__lt=2024-01-02%2012:00", "1,2")]
    [InlineData("created__gte=2024-01-02T01:00:00%2B01:00", "2,3,4,5")]
    [InlineData("kind=beta", "2,4")]
    [InlineData("kind__in=beta,z", "2,4")]
    [InlineData("kind__gt=alpha", "2,4")]
    [InlineData("active=false", "")]
    [InlineData("active=TRUE", "1,2,3,4,5")]
    [InlineData("active=0", "")]
    [InlineData("active=maybe", "1,2,3,4,5")]
    [InlineData("topic__slug=py", "2,4")]
    [InlineData("topic__slug__in=py,zz", "2,4")]
    [InlineData("topic__slug__isnull=true", "1,3,5")]
    [InlineData("tags__name=red", "1")]
    [InlineData("tags__name__icontains=E", "1,2,3")]
    [InlineData("tags__name__icontains=RE", "1,2")]
    [InlineData("id=3", "3")]
    [InlineData("unknown=1", "1,2,3,4,5")]
    public async Task Lookups_filter_in_sql(string query, string ids)
    {
        await using var host = await StartAsync();

        var response = await host.Client.GetAsync("/f/?" + query);

        Assert.Equal(200, response.StatusCode);
        Assert.Equal(ids, Ids(response));
    }

    // As Django's SQL: contains, startswith and endswith are LIKE, which ignores ASCII case on SQLite and not on PostgreSQL;
    // case folding is the database's lower() on both sides: ASCII only on SQLite (as Django's LIKE there), Unicode on PostgreSQL.
    [Theory]
    [InlineData("name__contains=N", "1,2,3,4,5", "")]
    [InlineData("name__startswith=N", "1,2,3,4,5", "")]
    [InlineData("name__endswith=N1", "2", "")]
    [InlineData("name__endswith=1", "2", "2")]
    [InlineData("tags__name__icontains=%C3%89", "4", "4")]
    [InlineData("tags__name__icontains=%C3%89CLAIR", "4", "4")]
    [InlineData("tags__name__icontains=%C3%A9", "", "4")]
    [InlineData("tags__name=%C3%A9clair", "", "")]
    public async Task Text_lookups_fold_case_as_the_database_does(string query, string sqlite, string postgres)
    {
        await using var host = await StartAsync();

        var response = await host.Client.GetAsync("/f/?" + query);

        Assert.Equal(200, response.StatusCode);
        Assert.Equal(CatalogHost.OnDatabase(sqlite, postgres), Ids(response));
    }

    [Theory]
    [InlineData("age=abc", """{"age":["Enter a number."]}""")]
    [InlineData("age__in=1,x", """{"age__in":["Enter a number."]}""")]
    [InlineData("age=1e51", """{"age":["Ensure this value is less than or equal to 1e+50."]}""")]
    [InlineData("age=1e400", """{"age":["Ensure this value is less than or equal to 1e+50."]}""")]
    [InlineData("rating=1e51", """{"rating":["Ensure this value is less than or equal to 1e+50."]}""")]
    [InlineData("price=sNaN", """{"price":["Enter a number."]}""")]
    [InlineData("age=%2B-1", """{"age":["Enter a number."]}""")]
    [InlineData("age=1e", """{"age":["Enter a number."]}""")]
    [InlineData("kind=Beta", """{"kind":["Select a valid choice. Beta is not one of the available choices."]}""")]
    [InlineData("age=%20", """{"age":["Enter a number."]}""")]
    [InlineData("name=%00", """{"name":["Null characters are not allowed."]}""")]
    [InlineData("name__icontains=a%00b", """{"name__icontains":["Null characters are not allowed."]}""")]
    [InlineData("topic__slug=%00", """{"topic__slug":["Null characters are not allowed."]}""")]
    [InlineData("kind=%00", """{"kind":["Select a valid choice. \u0000 is not one of the available choices."]}""")]
    [InlineData("price__gte=%09", """{"price__gte":["Enter a number."]}""")]
    [InlineData("created__gte=%20", """{"created__gte":["Enter a valid date/time."]}""")]
    [InlineData("kind=%20beta", """{"kind":["Select a valid choice.  beta is not one of the available choices."]}""")]
    [InlineData("kind=%20", """{"kind":["Select a valid choice.   is not one of the available choices."]}""")]
    [InlineData("price=NaN", """{"price":["Enter a number."]}""")]
    [InlineData("rating=inf", """{"rating":["Enter a number."]}""")]
    [InlineData("age__range=1", """{"age__range":["Range query expects two values."]}""")]
    [InlineData("age__range=1,2,3", """{"age__range":["Range query expects two values."]}""")]
    [InlineData("created__gte=2024-01-02", """{"created__gte":["Enter a valid date/time."]}""")]
    [InlineData("created__gte=2024-01-02T00", """{"created__gte":["Enter a valid date/time."]}""")]
    [InlineData("created__range=2024-01-01T00:00:00Z,bad", """{"created__range":["Enter a valid date/time."]}""")]
    [InlineData("kind=z", """{"kind":["Select a valid choice. z is not one of the available choices."]}""")]
    [InlineData("age=abc&price=x&created=y&kind=z&age__range=1", """{"age":["Enter a number."],"age__range":["Range query expects two values."],"price":["Enter a number."],"created":["Enter a valid date/time."],"kind":["Select a valid choice. z is not one of the available choices."]}""")]
    public async Task Invalid_values_give_django_filter_errors(string query, string expected)
    {
        await using var host = await StartAsync();

        var response = await host.Client.GetAsync("/f/?" + query);

        Assert.Equal(400, response.StatusCode);
        Assert.Equal(expected, response.Text);
    }

    [Theory]
    [InlineData("kind=beta&min_price=2", "4")]
    [InlineData("topic=py", "2,4")]
    [InlineData("has_topic=yes", "2,4")]
    [InlineData("has_topic=no", "1,2,3,4,5")]
    [InlineData("price=1", "1,2,3,4,5")]
    public async Task Filter_sets_declare_filters_and_methods(string query, string ids)
    {
        await using var host = await StartAsync();

        var response = await host.Client.GetAsync("/fs/?" + query);

        Assert.Equal(ids, Ids(response));
    }

    [Fact]
    public async Task Filter_set_errors_use_the_declared_names()
    {
        await using var host = await StartAsync();

        var response = await host.Client.GetAsync("/fs/?min_price=cheap");

        Assert.Equal(400, response.StatusCode);
        Assert.Equal("""{"min_price":["Enter a number."]}""", response.Text);
    }

    [Fact]
    public void Text_lookups_on_non_text_fields_are_rejected_when_the_set_is_built()
    {
        var error = Assert.Throws<InvalidOperationException>(() => new GeneratedFilterSet<Item>(new FilterFields { { "age", "icontains" } }));

        Assert.Contains("needs a string property", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Unknown_fields_are_rejected_when_the_set_is_built()
    {
        var error = Assert.Throws<InvalidOperationException>(() => new GeneratedFilterSet<Item>(new FilterFields { "colour" }));

        Assert.Contains("'colour' names no property of Item", error.Message, StringComparison.Ordinal);
    }

    internal static string Ids(global::RestFramework.Testing.ApiResponse response)
    {
        var json = response.Json()!;
        var items = json is System.Text.Json.Nodes.JsonObject page ? page["results"]!.AsArray() : json.AsArray();
        return string.Join(",", items.Select(i => (int)i!["id"]!));
    }

    private static Task<CatalogHost> StartAsync() => CatalogHost.StartAsync(
        e =>
        {
            e.MapView<FilteredView>("f/");
            e.MapView<FilterSetView>("fs/");
        },
        db =>
        {
            CatalogHost.Items(5)(db);
            db.Tags.AddRange(new Tag { Name = "red", ItemId = 1 }, new Tag { Name = "green", ItemId = 2 }, new Tag { Name = "blue", ItemId = 3 }, new Tag { Name = "Éclair", ItemId = 4 });
        });
}
