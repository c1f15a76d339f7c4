using Microsoft.AspNetCore.Builder;
using RestFramework.Requests;
using RestFramework.Responses;
using RestFramework.Testing;
using RestFramework.Tests.Support;
using RestFramework.Views;

namespace RestFramework.Tests.Testing;

public sealed class ApiClientTests
{
    private sealed class WhoAmIView : ApiView
    {
        public override IReadOnlyList<Type>? AuthenticationTypes => [typeof(HeaderAuthentication)];

        public override IReadOnlyList<Type>? PermissionTypes => [typeof(AuthenticatedOnly)];

        protected override ValueTask<Response> GetAsync(Request request) =>
            ValueTask.FromResult(new Response(new Dictionary<string, object?> { ["user"] = request.User.UserName, ["auth"] = request.Auth }));
    }

    private static Task<ApiTestHost> Host() => ApiTestHost.StartAsync(e => e.MapView<WhoAmIView>("me/"));

    [Fact]
    public async Task Force_authenticate_replaces_the_authentication_classes()
    {
        await using var host = await Host();
        using var client = host.CreateClient();

        client.ForceAuthenticate(new TestUser(7, "forced"), "tok");
        var response = await client.GetAsync("/me/");

        Assert.Equal("{\"user\":\"forced\",\"auth\":\"tok\"}", response.Text);
    }

    [Fact]
    public async Task Logout_ends_forced_authentication()
    {
        await using var host = await Host();
        using var client = host.CreateClient();
        client.ForceAuthenticate(new TestUser(7, "forced"));

        client.Logout();
        var response = await client.GetAsync("/me/");

        Assert.Equal(401, response.StatusCode);
    }

    [Fact]
    public async Task Credentials_are_sent_with_every_request_until_replaced()
    {
        await using var host = await Host();
        using var client = host.CreateClient();

        client.Credentials(("X-User", "ann"));
        var first = await client.GetAsync("/me/");
        client.Credentials();
        var second = await client.GetAsync("/me/");

        Assert.Equal("{\"user\":\"ann\",\"auth\":\"credential\"}", first.Text);
        Assert.Equal(401, second.StatusCode);
    }

    [Fact]
    public async Task Forced_header_is_ignored_without_the_test_services()
    {
        await using var host = await Host();
        using var client = host.CreateClient();

        var response = await client.GetAsync("/me/", headers: new Dictionary<string, string> { ["X-RestFramework-Test-Force-Auth"] = "unknown" });

        Assert.Equal(401, response.StatusCode);
    }
}
