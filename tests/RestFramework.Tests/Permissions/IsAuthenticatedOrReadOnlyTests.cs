using RestFramework.Permissions;
using static RestFramework.Tests.Permissions.Guarded;

namespace RestFramework.Tests.Permissions;

public sealed class IsAuthenticatedOrReadOnlyTests
{
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
}
