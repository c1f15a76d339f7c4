using Microsoft.AspNetCore.Builder;
using RestFramework.Permissions;
using RestFramework.Testing;
using RestFramework.Tests.Authentication;

namespace RestFramework.Tests.Permissions;

public sealed class ObjectPermissionTests
{
    [Theory]
    [InlineData("alice", 200, "{\"ok\":true}")]
    [InlineData("bob", 403, "{\"detail\":\"Only the owner may do this.\"}")]
    [InlineData(null, 401, "{\"detail\":\"Authentication credentials were not provided.\"}")]
    public async Task Custom_object_permission_is_checked_with_its_message(string? user, int status, string body)
    {
        await using var host = await ApiTestHost.StartAsync(e => e.MapView<QuestionView<IsOwner>>("q/"));
        using var client = host.CreateClient();
        if (user is not null)
        {
            client.Credentials(("X-Test-User", user));
        }

        var response = await client.PutAsync("/q/", new { });

        Assert.Equal(status, response.StatusCode);
        Assert.Equal(body, response.Text);
    }

    private static async Task<(int, string)> SendAsync(string method, TestUser user)
    {
        await using var host = await ApiTestHost.StartAsync(e => e.MapView<QuestionView<ObjectPermissions>>("q/"));
        using var client = host.CreateClient();
        client.ForceAuthenticate(user);
        var response = await client.SendAsync(new HttpMethod(method), "/q/", null);
        return (response.StatusCode, response.Text);
    }

    [Fact]
    public async Task Object_permissions_admit_users_holding_the_permission_on_the_object()
    {
        var user = new TestUser(1, "alice", false, true, "quiz.change_question");
        user.ObjectPermissions.Add("quiz.change_question");

        Assert.Equal((200, "{\"ok\":true}"), await SendAsync("PUT", user));
        Assert.Equal((200, "{\"ok\":true}"), await SendAsync("GET", user));
    }

    [Fact]
    public async Task Object_permissions_refuse_writes_with_403_when_reads_need_nothing()
    {
        // The model permission passes, the object permission does not: with no read permissions needed on GET, an
        // unsafe refusal is a 403; DRF answers 404 only when even the read permissions are missing.
        var user = new TestUser(1, "alice", false, true, "quiz.delete_question");

        Assert.Equal((403, "{\"detail\":\"You do not have permission to perform this action.\"}"), await SendAsync("DELETE", user));
    }

    private sealed class ReadGuardedObjectPermissions : ObjectPermissions
    {
        protected override IReadOnlyList<string>? GetPermissionTemplates(string method) =>
            method == "GET" ? ["{0}.view_{1}"] : base.GetPermissionTemplates(method);
    }

    [Fact]
    public async Task Object_permissions_answer_404_when_read_permission_is_missing()
    {
        var user = new TestUser(1, "alice", false, true, "quiz.delete_question", "quiz.view_question");
        await using var host = await ApiTestHost.StartAsync(e => e.MapView<QuestionView<ReadGuardedObjectPermissions>>("q/"));
        using var client = host.CreateClient();
        client.ForceAuthenticate(user);

        var delete = await client.DeleteAsync("/q/");
        var get = await client.GetAsync("/q/");

        Assert.Equal(404, delete.StatusCode);
        Assert.Equal("{\"detail\":\"Not found.\"}", delete.Text);
        Assert.Equal(404, get.StatusCode);
    }
}
