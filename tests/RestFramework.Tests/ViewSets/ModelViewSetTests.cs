using Microsoft.AspNetCore.Builder;
using RestFramework.Filters;
using RestFramework.Pagination;
using RestFramework.Routers;
using RestFramework.Testing;
using RestFramework.Tests.Generics;
using RestFramework.Tests.Support;

namespace RestFramework.Tests.ViewSets;

public sealed class ModelViewSetTests
{
    private static Task<ApiTestHost> Host(Action<RestFramework.Settings.RestFrameworkOptions>? options = null) => ApiTestHost.StartAsync(
        e =>
        {
            var router = new DefaultRouter();
            router.Register<NoteViewSet>("notes");
            router.Register<CategoryViewSet>("categories");
            router.Register<GuardedNoteViewSet>("guarded", "guarded");
            router.Register<PermittedNoteViewSet>("permitted", "permitted");
            e.MapRouter("api", router);
        },
        options,
        NotesDb.Register);

    [Fact]
    public async Task Router_routes_every_standard_action_of_a_model_viewset()
    {
        await using var host = await Host();
        using var client = host.CreateClient();

        var list = await client.GetAsync("/api/notes/");
        var create = await client.PostAsync("/api/notes/", new { title = "Four", body = "x", rank = 4, category = "home" });
        var retrieve = await client.GetAsync("/api/notes/4/");
        var update = await client.PutAsync("/api/notes/4/", new { title = "Four!", body = "y", rank = 1, category = "work" });
        var patch = await client.PatchAsync("/api/notes/4/", new { rank = 9 });
        var destroy = await client.DeleteAsync("/api/notes/4/");

        Assert.Equal([200, 201, 200, 200, 200, 204], new[] { list.StatusCode, create.StatusCode, retrieve.StatusCode, update.StatusCode, patch.StatusCode, destroy.StatusCode });
        Assert.Equal("{\"id\":4,\"title\":\"Four!\",\"body\":\"y\",\"rank\":9,\"category\":\"work\"}", patch.Text);
        Assert.Equal("GET, POST, HEAD, OPTIONS", list.Header("Allow"));
        Assert.Equal("GET, PUT, PATCH, DELETE, HEAD, OPTIONS", retrieve.Header("Allow"));
    }

    [Fact]
    public async Task A_viewset_exposes_only_the_actions_its_mixins_declare()
    {
        await using var host = await Host();
        using var client = host.CreateClient();

        var delete = await client.DeleteAsync("/api/categories/work/");
        var retrieve = await client.GetAsync("/api/categories/work/");

        Assert.Equal(405, delete.StatusCode);
        Assert.Equal("{\"detail\":\"Method \\\"DELETE\\\" not allowed.\"}", delete.Text);
        Assert.Equal("GET, PUT, PATCH, HEAD, OPTIONS", delete.Header("Allow"));
        Assert.Equal("{\"id\":1,\"slug\":\"work\"}", retrieve.Text);
    }

    [Fact]
    public async Task Lookup_by_a_non_id_field()
    {
        await using var host = await Host();
        using var client = host.CreateClient();

        var found = await client.GetAsync("/api/categories/home/");
        var missing = await client.GetAsync("/api/categories/garden/");

        Assert.Equal("{\"id\":2,\"slug\":\"home\"}", found.Text);
        Assert.Equal(404, missing.StatusCode);
    }

    [Fact]
    public async Task Api_root_lists_the_registered_viewsets()
    {
        await using var host = await Host();
        using var client = host.CreateClient();

        var root = await client.GetAsync("/api/");

        Assert.Equal("{\"notes\":\"http://localhost/api/notes/\",\"categories\":\"http://localhost/api/categories/\",\"guarded\":\"http://localhost/api/guarded/\",\"permitted\":\"http://localhost/api/permitted/\"}", root.Text);
    }

    [Fact]
    public async Task Object_permissions_are_checked_on_detail_routes()
    {
        await using var host = await Host();
        using var client = host.CreateClient();

        var allowed = await client.GetAsync("/api/guarded/1/");
        var refused = await client.GetAsync("/api/guarded/3/");

        Assert.Equal(200, allowed.StatusCode);
        Assert.Equal((403, "{\"detail\":\"You do not have permission to perform this action.\"}"), (refused.StatusCode, refused.Text));
    }

    [Fact]
    public async Task Options_omits_actions_the_caller_may_not_use()
    {
        await using var host = await Host();
        using var client = host.CreateClient();

        var anonymous = await client.OptionsAsync("/api/guarded/");
        client.ForceAuthenticate(new TestUser(1, "staff", IsStaff: true));
        var staff = await client.OptionsAsync("/api/guarded/1/");

        Assert.Null(anonymous.Json()!["actions"]);
        Assert.Equal("Guarded Note List", anonymous.Json()!["name"]!.GetValue<string>());
        Assert.Equal(["PUT"], staff.Json()!["actions"]!.AsObject().Select(p => p.Key));
    }

    [Fact]
    public async Task List_is_paginated_filtered_searched_and_ordered_by_the_settings()
    {
        await using var host = await Host(o =>
        {
            o.DefaultPagination = typeof(PageNumberPagination);
            o.PageSize = 2;
            o.DefaultFilterBackends = [typeof(SearchFilter), typeof(OrderingFilter)];
        });
        using var client = host.CreateClient();

        var first = await client.GetAsync("/api/notes/", new { ordering = "-rank" });
        var searched = await client.GetAsync("/api/guarded/", new { search = "milk" });

        Assert.Equal(
            "{\"count\":3,\"next\":\"http://localhost/api/notes/?ordering=-rank&page=2\",\"previous\":null,\"results\":[{\"id\":3,\"title\":\"Ship\",\"body\":\"Ship it\",\"rank\":3,\"category\":\"work\"},{\"id\":1,\"title\":\"Plan\",\"body\":\"Write the plan\",\"rank\":2,\"category\":\"work\"}]}",
            first.Text);
        Assert.Equal(1, searched.Json()!["count"]!.GetValue<int>());
    }

    [Fact]
    public async Task Unknown_page_is_404_invalid_page()
    {
        await using var host = await Host(o =>
        {
            o.DefaultPagination = typeof(PageNumberPagination);
            o.PageSize = 2;
        });
        using var client = host.CreateClient();

        var response = await client.GetAsync("/api/notes/", new { page = 9 });

        Assert.Equal((404, "{\"detail\":\"Invalid page.\"}"), (response.StatusCode, response.Text));
    }

    [Fact]
    public async Task Model_permissions_name_the_app_label_and_model()
    {
        await using var host = await Host();
        using var client = host.CreateClient();

        client.ForceAuthenticate(new TestUser(1, "ann", Permissions: ["notes.change_note"]));
        var create = await client.PostAsync("/api/permitted/", new { title = "T", body = "b", rank = 1, category = "home" });
        var patch = await client.PatchAsync("/api/permitted/1/", new { rank = 7 });

        Assert.Equal(403, create.StatusCode);
        Assert.Equal(200, patch.StatusCode);
    }
}
