using Microsoft.AspNetCore.Builder;
using RestFramework.Requests;
using RestFramework.Responses;
using RestFramework.Routers;
using RestFramework.Testing;
using RestFramework.ViewSets;

namespace RestFramework.Tests.ViewSets;

public sealed class ViewSetExtraActionsTests
{
    private sealed class MenuViewSet : ViewSet
    {
        protected override ValueTask<Response> ListAsync(Request request) => Menu();

        protected override ValueTask<Response> RetrieveAsync(Request request) => Menu();

        [Action(Detail = false)]
        public ValueTask<Response> RecentOnesAsync(Request request) => Menu();

        [Action(Detail = false, UrlPath = "by/{tag}")]
        public ValueTask<Response> ByTagAsync(Request request) => Menu();

        [Action(Detail = true, Methods = ["post"], Name = "Change age")]
        public ValueTask<Response> SetAgeAsync(Request request) => Menu();

        [Action(Detail = true, Suffix = "History")]
        public ValueTask<Response> HistoryAsync(Request request) => Menu();

        private ValueTask<Response> Menu() => ValueTask.FromResult(new Response(GetExtraActionUrlMap()));
    }

    private static Task<ApiTestHost> StartAsync() =>
        ApiTestHost.StartAsync(e => e.MapRouter("api", new SimpleRouter().Register<MenuViewSet>("menu", "menu")));

    [Fact]
    public async Task List_routes_link_the_list_extra_actions_they_can_reverse()
    {
        await using var host = await StartAsync();
        using var client = host.CreateClient();

        var response = await client.GetAsync("/api/menu/");

        Assert.Equal("{\"Recent ones\":\"http://localhost/api/menu/recent_ones/\"}", response.Text);
    }

    [Fact]
    public async Task Detail_routes_link_the_detail_extra_actions_with_the_lookup()
    {
        await using var host = await StartAsync();
        using var client = host.CreateClient();

        var response = await client.GetAsync("/api/menu/3/");

        Assert.Equal("{\"Menu History\":\"http://localhost/api/menu/3/history/\",\"Change age\":\"http://localhost/api/menu/3/set_age/\"}", response.Text);
    }

    [Fact]
    public async Task Viewsets_mapped_without_a_router_have_no_extra_action_links()
    {
        await using var host = await ApiTestHost.StartAsync(e => e.MapViewSet<MenuViewSet>("menu/", new Dictionary<string, string> { ["get"] = "list" }));
        using var client = host.CreateClient();

        var response = await client.GetAsync("/menu/");

        Assert.Equal("{}", response.Text);
    }
}
