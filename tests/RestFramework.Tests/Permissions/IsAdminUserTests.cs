using RestFramework.Permissions;
using static RestFramework.Tests.Permissions.Guarded;

namespace RestFramework.Tests.Permissions;

public sealed class IsAdminUserTests
{
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
}
