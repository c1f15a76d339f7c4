using Microsoft.AspNetCore.Builder;
using RestFramework.Permissions;
using RestFramework.Requests;
using RestFramework.Responses;
using RestFramework.Testing;
using RestFramework.Tests.Authentication;

namespace RestFramework.Tests.Permissions;

public sealed class ModelPermissionsTests
{
    private static async Task<int> StatusAsync<TPermission>(string method, TestUser? user)
        where TPermission : IPermission
    {
        await using var host = await ApiTestHost.StartAsync(e => e.MapView<ModelView<TPermission>>("q/"));
        using var client = host.CreateClient();
        if (user is not null)
        {
            client.ForceAuthenticate(user);
        }
        var response = await client.SendAsync(new HttpMethod(method), "/q/", null);
        return response.StatusCode;
    }

    private sealed class ModelView<TPermission> : GuardedView<TPermission>, RestFramework.Permissions.IModelView
        where TPermission : IPermission
    {
        public Type ModelType => typeof(Question);

        public string AppLabel => "quiz";
    }

    [Theory]
    [InlineData("GET", "", 200)]
    [InlineData("HEAD", "", 200)]
    [InlineData("OPTIONS", "", 200)]
    [InlineData("POST", "", 403)]
    [InlineData("POST", "quiz.add_question", 200)]
    [InlineData("POST", "quiz.change_question", 403)]
    [InlineData("PUT", "quiz.change_question", 200)]
    [InlineData("PATCH", "quiz.change_question", 200)]
    [InlineData("PATCH", "quiz.add_question", 403)]
    [InlineData("DELETE", "quiz.delete_question", 200)]
    [InlineData("DELETE", "other.delete_question", 403)]
    public async Task Model_permissions_map_methods_to_add_change_delete(string method, string permission, int status)
    {
        var user = new TestUser(1, "alice", false, true, permission);

        Assert.Equal(status, await StatusAsync<ModelPermissions>(method, user));
    }

    [Theory]
    [InlineData("GET", 401)]
    [InlineData("POST", 401)]
    public async Task Model_permissions_refuse_anonymous_users(string method, int status)
    {
        Assert.Equal(status, await StatusAsync<ModelPermissions>(method, null));
    }

    [Theory]
    [InlineData("GET", 200)]
    [InlineData("POST", 401)]
    public async Task Model_permissions_or_anon_read_only_let_anonymous_users_read(string method, int status)
    {
        Assert.Equal(status, await StatusAsync<ModelPermissionsOrAnonReadOnly>(method, null));
    }

    [Fact]
    public async Task Model_permissions_refuse_unknown_methods_with_405()
    {
        await using var host = await ApiTestHost.StartAsync(e => e.MapView<ModelView<ModelPermissions>>("q/"));
        using var client = host.CreateClient();
        client.ForceAuthenticate(new TestUser(1));

        var response = await client.SendAsync(new HttpMethod("TRACE"), "/q/", null);

        Assert.Equal(405, response.StatusCode);
        Assert.Equal("{\"detail\":\"Method \\\"TRACE\\\" not allowed.\"}", response.Text);
    }

    private sealed class ExposedModelPermissions : ModelPermissions
    {
        public IModelView Expose(RestFramework.Views.ApiView view) => ModelView(view);
    }

    [Fact]
    public async Task Model_permissions_on_a_view_without_a_model_name_the_fix()
    {
        await using var host = await ApiTestHost.StartAsync(e => e.MapView<GuardedView<ModelPermissions>>("q/"));
        using var client = host.CreateClient();
        client.ForceAuthenticate(new TestUser(1));

        var response = await client.GetAsync("/q/");
        var error = Assert.Throws<InvalidOperationException>(() => new ExposedModelPermissions().Expose(new GuardedView<ModelPermissions>()));

        Assert.Equal(500, response.StatusCode);
        Assert.Equal(
            "Cannot apply ExposedModelPermissions on a view that does not implement IModelView (GuardedView`1 has no model).",
            error.Message);
    }

    private sealed class IgnoredModelView : GuardedView<ModelPermissions>, RestFramework.Permissions.IModelView
    {
        public Type ModelType => typeof(Question);

        public string AppLabel => "quiz";

        public bool IgnoreModelPermissions => true;

        protected override ValueTask<Response> PostAsync(Request request) => ValueTask.FromResult(new Response(null, 204));
    }

    [Fact]
    public async Task Model_permissions_are_skipped_for_views_that_ignore_them()
    {
        await using var host = await ApiTestHost.StartAsync(e => e.MapView<IgnoredModelView>("q/"));
        using var client = host.CreateClient();

        var response = await client.PostAsync("/q/", new { });

        Assert.Equal(204, response.StatusCode);
    }

    [Fact]
    public void Required_permissions_name_the_app_label_and_lowercase_model()
    {
        var view = new ModelView<ModelPermissions>();

        Assert.Equal(["quiz.add_question"], new ModelPermissions().GetRequiredPermissions("POST", view));
        Assert.Empty(new ModelPermissions().GetRequiredPermissions("GET", view));
    }
}
