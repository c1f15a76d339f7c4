using Microsoft.AspNetCore.Builder;
using RestFramework.Testing;

namespace RestFramework.Tests.ViewSets;

public sealed class ViewSetEndpointRouteBuilderExtensionsTests
{
    [Fact]
    public async Task A_viewset_maps_with_an_explicit_action_map()
    {
        await using var host = await ApiTestHost.StartAsync(e => e.MapViewSet<QuestionViewSet>(
            "questions/{pk}/age/", new Dictionary<string, string> { ["get"] = "retrieve", ["post"] = "set_age" }, detail: true));
        using var client = host.CreateClient();

        var get = await client.GetAsync("/questions/3/age/");
        var post = await client.PostAsync("/questions/3/age/");
        var delete = await client.DeleteAsync("/questions/3/age/");

        Assert.Equal("retrieve", (string?)get.Json()!["action"]);
        Assert.Equal("set_age", (string?)post.Json()!["action"]);
        Assert.Equal(405, delete.StatusCode);
        Assert.Equal("GET, POST, HEAD, OPTIONS", delete.Header("Allow"));
    }

    [Fact]
    public async Task Unknown_actions_fail_at_startup()
    {
        var error = await Assert.ThrowsAsync<InvalidOperationException>(() => ApiTestHost.StartAsync(e => e.MapViewSet<NoDestroyViewSet>(
            "drafts/{pk}/", new Dictionary<string, string> { ["delete"] = "destroy" })));

        Assert.Equal("NoDestroyViewSet has no action 'destroy': override its standard action method or mark a method with [Action].", error.Message);
    }

    [Fact]
    public async Task An_empty_action_map_fails_at_startup()
    {
        var error = await Assert.ThrowsAsync<InvalidOperationException>(() => ApiTestHost.StartAsync(e => e.MapViewSet<NoDestroyViewSet>(
            "drafts/", new Dictionary<string, string>())));

        Assert.StartsWith("The actions argument must be provided when mapping NoDestroyViewSet.", error.Message);
    }

    [Fact]
    public async Task A_viewset_mapped_as_a_plain_view_fails_with_a_fix()
    {
        await using var host = await ApiTestHost.StartAsync(e => e.MapView<QuestionViewSet>("questions/"));
        using var client = host.CreateClient();

        var error = await Assert.ThrowsAsync<InvalidOperationException>(() => client.GetAsync("/questions/"));

        Assert.StartsWith("QuestionViewSet is a viewset: register it with a router", error.Message);
    }
}
