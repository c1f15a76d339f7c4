using RestFramework.Permissions;
using static RestFramework.Tests.Permissions.Guarded;

namespace RestFramework.Tests.Permissions;

public sealed class IsAuthenticatedTests
{
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
}
