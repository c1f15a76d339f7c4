using RestFramework.Permissions;
using static RestFramework.Tests.Permissions.Guarded;

namespace RestFramework.Tests.Permissions;

public sealed class AllowAnyTests
{
    [Fact]
    public async Task Allow_any_admits_anonymous_requests()
    {
        var (status, body, _) = await SendAsync<AllowAny>("POST", null);

        Assert.Equal(200, status);
        Assert.Equal("{\"ok\":true}", body);
    }
}
