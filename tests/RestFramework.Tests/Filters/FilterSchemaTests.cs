using RestFramework.Filters;

namespace RestFramework.Tests.Filters;

public sealed class FilterSchemaTests
{
    private sealed class DeclaringView : ItemListView
    {
        public override FilterFields? FilterFields => new() { "kind", { "price", "gte", "lte" } };
    }

    [Fact]
    public void Backends_describe_their_query_parameters_as_drf()
    {
        var view = new DeclaringView();

        var search = Assert.Single(((IFilterBackend)new SearchFilter()).GetSchemaParameters(view));
        var ordering = Assert.Single(((IFilterBackend)new OrderingFilter { OrderingParam = "sort" }).GetSchemaParameters(view));

        Assert.Equal(("search", "A search term."), (search.Name, search.Description));
        Assert.Equal(("sort", "Which field to use when ordering the results."), (ordering.Name, ordering.Description));
        Assert.Equal(["kind", "price__gte", "price__lte"], DjangoFilterBackend.GetSchemaParameters<Item>(view).Select(p => p.Name));
    }
}
