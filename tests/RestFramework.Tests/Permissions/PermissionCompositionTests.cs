using Microsoft.AspNetCore.Builder;
using RestFramework.Permissions;
using RestFramework.Testing;

namespace RestFramework.Tests.Permissions;

public sealed class PermissionCompositionTests
{
    private static readonly Type AdminOrAnonymous = PermissionType.Of<IsAdminUser>() | !PermissionType.Of<IsAuthenticated>();

    private sealed class OperatorView : GuardedView<AllowAll>
    {
        public override IReadOnlyList<Type>? PermissionTypes => [AdminOrAnonymous];
    }

    private static async Task<(int, string)> SendAsync<TView>(string? user, string method = "GET")
        where TView : RestFramework.Views.ApiView
    {
        await using var host = await ApiTestHost.StartAsync(e => e.MapView<TView>("x/"));
        using var client = host.CreateClient();
        if (user is not null)
        {
            client.Credentials(("X-Test-User", user));
        }
        var response = await client.SendAsync(new HttpMethod(method), "/x/", null);
        return (response.StatusCode, response.Text);
    }

    private const string Ok = "{\"ok\":true}";
    private const string Denied = "{\"detail\":\"You do not have permission to perform this action.\"}";

    [Theory]
    [InlineData(null, 200, Ok)]
    [InlineData("alice", 403, Denied)]
    [InlineData("admin", 200, Ok)]
    public async Task Or_of_admin_and_not_authenticated_lets_anonymous_through(string? user, int status, string body)
    {
        Assert.Equal((status, body), await SendAsync<OperatorView>(user));
        Assert.Equal((status, body), await SendAsync<GuardedView<Or<IsAdminUser, Not<IsAuthenticated>>>>(user));
    }

    [Theory]
    [InlineData(null, "GET", 401)]
    [InlineData("alice", "GET", 403)]
    [InlineData("admin", "GET", 200)]
    public async Task And_requires_both(string? user, string method, int status)
    {
        var (actual, _) = await SendAsync<GuardedView<And<IsAuthenticated, IsAdminUser>>>(user, method);

        Assert.Equal(status, actual);
    }

    [Fact]
    public async Task Composed_permissions_expose_no_custom_message()
    {
        Assert.Equal((403, Denied), await SendAsync<GuardedView<And<AllowAll, DenyWithMessage>>>("alice"));
        Assert.Equal((403, Denied), await SendAsync<GuardedView<Or<DenyWithMessage, DenyWithMessage>>>("alice"));
        Assert.Equal((403, Denied), await SendAsync<GuardedView<Not<AllowAll>>>("alice"));
    }

    [Theory]
    [InlineData("alice", 200)]
    [InlineData("bob", 403)]
    public async Task Or_checks_an_operand_on_the_request_and_the_object(string user, int status)
    {
        // IsOwner grants every request, and the object to its owner only; Not<AllowAll> grants nothing.
        var (actual, _) = await SendAsync<QuestionView<Or<Not<AllowAll>, IsOwner>>>(user);

        Assert.Equal(status, actual);
    }

    [Theory]
    [InlineData("alice")]
    [InlineData("bob")]
    public async Task Not_negates_the_request_permission_before_any_object_check(string user)
    {
        // As in DRF: IsOwner grants every request, so ~IsOwner refuses every request, owner or not.
        var (actual, _) = await SendAsync<QuestionView<Not<IsOwner>>>(user);

        Assert.Equal(403, actual);
    }

    [Fact]
    public void Operators_build_the_combinator_types()
    {
        var and = PermissionType.Of<IsAuthenticated>() & PermissionType.Of<IsAdminUser>();
        var or = PermissionType.Of<IsAuthenticated>().BitwiseOr(PermissionType.Of<IsAdminUser>());

        Assert.Equal(typeof(And<IsAuthenticated, IsAdminUser>), and.Type);
        Assert.Equal(typeof(Or<IsAuthenticated, IsAdminUser>), or.ToType());
        Assert.Equal(typeof(Not<Not<IsAdminUser>>), (!!PermissionType.Of<IsAdminUser>()).Type);
    }
}
