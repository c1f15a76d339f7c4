using Microsoft.AspNetCore.Builder;
using RestFramework.Permissions;
using RestFramework.Testing;
using RestFramework.Views;

namespace RestFramework.Tests.Permissions;

public sealed class BuiltInPermissionsTests
{
    private const string NotProvided = "{\"detail\":\"Authentication credentials were not provided.\"}";
    private const string Denied = "{\"detail\":\"You do not have permission to perform this action.\"}";

    private static async Task<(int Status, string Body, string? Challenge)> SendAsync<TPermission>(string method, string? user)
        where TPermission : IPermission
    {
        await using var host = await ApiTestHost.StartAsync(e => e.MapView<GuardedView<TPermission>>("guarded/"));
        using var client = host.CreateClient();
        if (user is not null)
        {
            client.Credentials(("X-Test-User", user));
        }
        var response = await client.SendAsync(new HttpMethod(method), "/guarded/", null);
        return (response.StatusCode, response.Text, response.Header("WWW-Authenticate"));
    }

    [Theory]
    [InlineData("GET", null, 401, NotProvided)]
    [InlineData("POST", null, 401, NotProvided)]
    [InlineData("GET", "alice", 200, "{\"ok\":true}")]
    [InlineData("DELETE", "admin", 200, "{\"ok\":true}")]
    public async Task Is_authenticated_admits_authenticated_users_only(string method, string? user, int status, string body)
    {
        var (actualStatus, actualBody, challenge) = await SendAsync<IsAuthenticated>(method, user);

        Assert.Equal(status, actualStatus);
        Assert.Equal(body, actualBody);
        Assert.Equal(status == 401 ? "Test" : null, challenge);
    }

    [Theory]
    [InlineData("GET", null, 401, NotProvided)]
    [InlineData("GET", "alice", 403, Denied)]
    [InlineData("POST", "alice", 403, Denied)]
    [InlineData("GET", "admin", 200, "{\"ok\":true}")]
    public async Task Is_admin_user_admits_staff_only(string method, string? user, int status, string body)
    {
        var (actualStatus, actualBody, _) = await SendAsync<IsAdminUser>(method, user);

        Assert.Equal(status, actualStatus);
        Assert.Equal(body, actualBody);
    }

    [Theory]
    [InlineData("GET", null, 200)]
    [InlineData("HEAD", null, 200)]
    [InlineData("OPTIONS", null, 200)]
    [InlineData("POST", null, 401)]
    [InlineData("PUT", null, 401)]
    [InlineData("PATCH", null, 401)]
    [InlineData("DELETE", null, 401)]
    [InlineData("POST", "alice", 200)]
    public async Task Is_authenticated_or_read_only_lets_anyone_read(string method, string? user, int status)
    {
        var (actualStatus, body, _) = await SendAsync<IsAuthenticatedOrReadOnly>(method, user);

        Assert.Equal(status, actualStatus);
        if (status == 401)
        {
            Assert.Equal(NotProvided, body);
        }
    }

    [Fact]
    public async Task Allow_any_admits_anonymous_requests()
    {
        var (status, body, _) = await SendAsync<AllowAny>("POST", null);

        Assert.Equal(200, status);
        Assert.Equal("{\"ok\":true}", body);
    }
}
