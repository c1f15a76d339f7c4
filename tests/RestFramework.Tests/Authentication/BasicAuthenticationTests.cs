using System.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using RestFramework.Authentication;

namespace RestFramework.Tests.Authentication;

public sealed class BasicAuthenticationTests
{
    private sealed class BasicOnlyView : RestFramework.Views.ApiView
    {
        public override IReadOnlyList<Type>? AuthenticationTypes => [typeof(RestFramework.Authentication.BasicAuthentication)];

        public override IReadOnlyList<Type>? PermissionTypes => [typeof(RestFramework.Permissions.IsAuthenticated)];
    }

    private static string Basic(string credentials) => "Basic " + Convert.ToBase64String(Encoding.UTF8.GetBytes(credentials));

    private static async Task<(int Status, string Body, string? Challenge)> GetAsync(string header)
    {
        await using var auth = await AuthHost.StartAsync();
        using var client = auth.CreateClient();
        client.Credentials(("Authorization", header));
        var response = await client.GetAsync("/me/");
        return (response.StatusCode, response.Text, response.Header("WWW-Authenticate"));
    }

    [Theory]
    [InlineData("Basic", "Invalid basic header. No credentials provided.")]
    [InlineData("basic a b", "Invalid basic header. Credentials string should not contain spaces.")]
    [InlineData("Basic abc", "Invalid basic header. Credentials not correctly base64 encoded.")]
    [InlineData("Basic a", "Invalid basic header. Credentials not correctly base64 encoded.")]
    [InlineData("Basic !!!", "Invalid username/password.")]
    [InlineData("Basic YWxpY2U6YmFk", "Invalid username/password.")]
    [InlineData("Basic aW5hOnB3", "Invalid username/password.")]
    [InlineData("Basic YWxpY2U=", "Invalid username/password.")]
    [InlineData("Basic Ym9iOnB3", "Invalid username/password.")]
    public async Task Bad_basic_credentials_fail_with_drf_messages(string header, string message)
    {
        // Token comes first in WhoAmIView, so its challenge decides the header; the detail is Basic's.
        var (status, body, challenge) = await GetAsync(header);

        Assert.Equal(401, status);
        Assert.Equal($"{{\"detail\":\"{message}\"}}", body);
        Assert.Equal("Token", challenge);
    }

    [Fact]
    public async Task Valid_credentials_authenticate()
    {
        var (status, body, _) = await GetAsync(Basic("alice:pw"));

        Assert.Equal(200, status);
        Assert.Equal("{\"user\":\"alice\",\"auth\":null}", body);
    }

    [Fact]
    public async Task Base64_with_stray_characters_is_decoded_as_python_does()
    {
        var (status, _, _) = await GetAsync("Basic YWxp!Y2U6cHc=");

        Assert.Equal(200, status);
    }

    [Fact]
    public async Task Password_may_contain_colons_and_is_split_at_the_first()
    {
        await using var auth = await AuthHost.StartAsync();
        await using (var scope = auth.Host.Services.CreateAsyncScope())
        {
            var store = scope.ServiceProvider.GetRequiredService<IUserStore>();
            await store.CreateUserAsync("carol", "a:b:c");
        }
        using var client = auth.CreateClient();
        client.Credentials(("Authorization", Basic("carol:a:b:c")));

        var response = await client.GetAsync("/me/");

        Assert.Equal(200, response.StatusCode);
    }

    [Fact]
    public async Task Basic_challenge_names_the_realm_when_basic_comes_first()
    {
        await using var auth = await AuthHost.StartAsync(e => e.MapView<BasicOnlyView>("basic/"));
        using var client = auth.CreateClient();

        var response = await client.GetAsync("/basic/");

        Assert.Equal(401, response.StatusCode);
        Assert.Equal("Basic realm=\"api\"", response.Header("WWW-Authenticate"));
    }
}
