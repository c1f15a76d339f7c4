using Microsoft.AspNetCore.Builder;
using RestFramework.Fields;
using RestFramework.Filters;
using RestFramework.Generics;
using RestFramework.Relations;
using RestFramework.Serializers;

namespace RestFramework.Tests.Filters;

// Without ordering_fields, DRF 3.14's OrderingFilter accepts the serializer's readable fields, each named by its source with
// dots as `__` (get_default_valid_fields): not the field's own name, not write-only fields, not source="*".
public sealed class OrderingFilterDefaultFieldsTests
{
    private sealed class ItemOrderSerializer : Serializer<Item>
    {
        protected override void Configure(FieldBuilder fields) => fields
            .Add("id", new IntegerField { ReadOnly = true })
            .Add("name", new CharField())
            .Add("age", new IntegerField { AllowNull = true })
            .Add("secret", new CharField { Source = "Description", WriteOnly = true })
            .Add("topic_slug", new CharField { Source = "Topic.Slug", ReadOnly = true })
            .Add("topic", new PrimaryKeyRelatedField<Topic> { ReadOnly = true, AllowNull = true })
            .Add("shout", new SerializerMethodField());

        private string GetShout(Item item) => item.Name.ToUpperInvariant();
    }

    private sealed class ItemOrderView : ListApiView<Item>
    {
        public override Type? SerializerType => typeof(ItemOrderSerializer);

        public override IReadOnlyList<Type>? FilterBackendTypes => [typeof(OrderingFilter)];

        public override bool NoPagination => true;

        public override IReadOnlyList<string>? Ordering => ["id"];
    }

    // Without a valid term the view's Ordering (id) applies. Items 2 and 4 have topic "py" (key 1); 1, 3 and 5 have none. NULLs sort where the database puts them, as under Django.
    [Theory]
    [InlineData("?ordering=-age", "5,4,3,2,1", "5,4,3,2,1")]
    [InlineData("?ordering=-name", "5,4,3,2,1", "5,4,3,2,1")]
    [InlineData("?ordering=-id", "5,4,3,2,1", "5,4,3,2,1")]
    [InlineData("?ordering=-price", "1,2,3,4,5", "1,2,3,4,5")]
    [InlineData("?ordering=-secret", "1,2,3,4,5", "1,2,3,4,5")]
    [InlineData("?ordering=-description", "1,2,3,4,5", "1,2,3,4,5")]
    [InlineData("?ordering=-shout", "1,2,3,4,5", "1,2,3,4,5")]
    [InlineData("?ordering=-topic_slug", "1,2,3,4,5", "1,2,3,4,5")]
    [InlineData("?ordering=-topic__slug", "2,4,1,3,5", "1,3,5,2,4")]
    [InlineData("?ordering=-topic", "2,4,1,3,5", "1,3,5,2,4")]
    [InlineData("?ordering=topic,-age", "5,3,1,4,2", "4,2,5,3,1")]
    public async Task Readable_serializer_fields_order_the_list_by_their_source(string query, string sqlite, string postgres)
    {
        await using var host = await CatalogHost.StartAsync(e => e.MapView<ItemOrderView>("items/"), CatalogHost.Items(5));

        var response = await host.Client.GetAsync("/items/" + query);

        Assert.Equal(200, response.StatusCode);
        Assert.Equal(CatalogHost.OnDatabase(sqlite, postgres), string.Join(",", response.Json()!.AsArray().Select(i => (int)i!["id"]!)));
    }
}
