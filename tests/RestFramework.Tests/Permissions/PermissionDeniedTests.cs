using Microsoft.AspNetCore.Builder;
using RestFramework.Permissions;
using RestFramework.Requests;
using RestFramework.Responses;
using RestFramework.Testing;
using RestFramework.Tests.Authentication;
using RestFramework.Views;

namespace RestFramework.Tests.Permissions;

public sealed class PermissionDeniedTests
{
    private sealed class ChallengelessView : GuardedView<IsAuthenticated>
    {
        public override IReadOnlyList<Type>? AuthenticationTypes => [typeof(ChallengelessHeaderAuthentication), typeof(HeaderAuthentication)];
    }

    private sealed class UnauthenticatedDenyView : GuardedView<DenyWithMessage>
    {
        public override IReadOnlyList<Type>? AuthenticationTypes => [];
    }

    private sealed class CodesView : GuardedView<DenyWithMessage>
    {
        public override IReadOnlyList<Type>? AuthenticationTypes => [];

        public override Type? ExceptionHandlerType => typeof(CodesExceptionHandler);
    }

    private sealed class AuthenticatedCodesView : GuardedView<IsAdminUser>
    {
        public override Type? ExceptionHandlerType => typeof(CodesExceptionHandler);
    }

    [Fact]
    public async Task First_authenticator_without_challenge_makes_anonymous_refusal_a_403()
    {
        await using var host = await ApiTestHost.StartAsync(e => e.MapView<ChallengelessView>("x/"));
        using var client = host.CreateClient();

        var response = await client.GetAsync("/x/");

        Assert.Equal(403, response.StatusCode);
        Assert.Equal("{\"detail\":\"Authentication credentials were not provided.\"}", response.Text);
        Assert.Null(response.Header("WWW-Authenticate"));
    }

    [Fact]
    public async Task First_authenticator_with_challenge_makes_anonymous_refusal_a_401()
    {
        await using var host = await ApiTestHost.StartAsync(e => e.MapView<GuardedView<DenyWithMessage>>("x/"));
        using var client = host.CreateClient();

        var response = await client.GetAsync("/x/");

        Assert.Equal(401, response.StatusCode);
        Assert.Equal("{\"detail\":\"Authentication credentials were not provided.\"}", response.Text);
        Assert.Equal("Test", response.Header("WWW-Authenticate"));
    }

    [Fact]
    public async Task Authenticated_refusal_uses_the_permission_message()
    {
        await using var host = await ApiTestHost.StartAsync(e => e.MapView<GuardedView<DenyWithMessage>>("x/"));
        using var client = host.CreateClient();
        client.Credentials(Users.Alice);

        var response = await client.GetAsync("/x/");

        Assert.Equal(403, response.StatusCode);
        Assert.Equal("{\"detail\":\"Custom deny.\"}", response.Text);
    }

    [Fact]
    public async Task View_without_authenticators_gives_the_permission_message_to_anonymous_users()
    {
        await using var host = await ApiTestHost.StartAsync(e => e.MapView<UnauthenticatedDenyView>("x/"));
        using var client = host.CreateClient();

        var response = await client.GetAsync("/x/");

        Assert.Equal(403, response.StatusCode);
        Assert.Equal("{\"detail\":\"Custom deny.\"}", response.Text);
    }

    [Fact]
    public async Task Custom_code_is_the_code_of_the_error()
    {
        await using var host = await ApiTestHost.StartAsync(e =>
        {
            e.MapView<CodesView>("custom/");
            e.MapView<AuthenticatedCodesView>("default/");
        });
        using var client = host.CreateClient();
        client.Credentials(Users.Alice);

        var custom = await client.GetAsync("/custom/");
        var standard = await client.GetAsync("/default/");

        Assert.Equal("{\"detail\":\"Custom deny.\",\"code\":\"custom\"}", custom.Text);
        Assert.Equal("{\"detail\":\"You do not have permission to perform this action.\",\"code\":\"permission_denied\"}", standard.Text);
    }

    [Fact]
    public async Task Forced_authentication_counts_as_authenticated()
    {
        await using var host = await ApiTestHost.StartAsync(e => e.MapView<GuardedView<IsAdminUser>>("x/"));
        using var client = host.CreateClient();
        client.ForceAuthenticate(TestUser.Staff());

        var response = await client.GetAsync("/x/");

        Assert.Equal(200, response.StatusCode);
    }
}
