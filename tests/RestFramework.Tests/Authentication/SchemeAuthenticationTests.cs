using System.Security.Claims;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using RestFramework.Authentication;
using RestFramework.Permissions;
using RestFramework.Requests;
using RestFramework.Responses;
using RestFramework.Testing;
using RestFramework.Views;

namespace RestFramework.Tests.Authentication;

public sealed class SchemeAuthenticationTests
{
    /// <summary>An ASP.NET Core scheme: <c>X-Api-Key: good</c> succeeds as staff user <c>svc</c>, any other key fails, no key is no result.</summary>
    private sealed class ApiKeyHandler(IOptionsMonitor<AuthenticationSchemeOptions> options, ILoggerFactory logger, UrlEncoder encoder)
        : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
    {
        protected override Task<AuthenticateResult> HandleAuthenticateAsync()
        {
            var key = Request.Headers["X-Api-Key"].ToString();
            if (key.Length == 0)
            {
                return Task.FromResult(AuthenticateResult.NoResult());
            }
            if (key != "good")
            {
                return Task.FromResult(AuthenticateResult.Fail("bad key"));
            }
            var identity = new ClaimsIdentity(
                [new Claim("sub", "42"), new Claim("name", "svc"), new Claim(ClaimsUser.StaffClaim, "true"), new Claim(ClaimsUser.PermissionClaim, "quiz.add_question")],
                Scheme.Name);
            return Task.FromResult(AuthenticateResult.Success(new AuthenticationTicket(new ClaimsPrincipal(identity), Scheme.Name)));
        }
    }

    private sealed class ApiKeyAuthentication : SchemeAuthentication
    {
        protected override string Scheme => "ApiKey";
    }

    private sealed class ChallengingApiKeyAuthentication : SchemeAuthentication
    {
        protected override string Scheme => "ApiKey";

        public override string? AuthenticateHeader(Request request) => "ApiKey";
    }

    private class AdminView : ApiView
    {
        public override IReadOnlyList<Type>? AuthenticationTypes => [typeof(ApiKeyAuthentication)];

        public override IReadOnlyList<Type>? PermissionTypes => [typeof(IsAdminUser)];

        protected override ValueTask<Response> GetAsync(Request request) => ValueTask.FromResult(new Response(new Dictionary<string, object?>
        {
            ["id"] = request.User.Id,
            ["user"] = request.User.UserName,
            ["can_add"] = request.User.HasPermission("quiz.add_question"),
            ["can_delete"] = request.User.HasPermission("quiz.delete_question"),
        }));
    }

    private sealed class ChallengingView : AdminView
    {
        public override IReadOnlyList<Type>? AuthenticationTypes => [typeof(ChallengingApiKeyAuthentication)];
    }

    private static async Task<(int, string, string?)> GetAsync(string path, string? key)
    {
        await using var host = await ApiTestHost.StartAsync(
            e =>
            {
                e.MapView<AdminView>("admin/");
                e.MapView<ChallengingView>("challenging/");
            },
            services: s => s.AddAuthentication().AddScheme<AuthenticationSchemeOptions, ApiKeyHandler>("ApiKey", null));
        using var client = host.CreateClient();
        if (key is not null)
        {
            client.Credentials(("X-Api-Key", key));
        }
        var response = await client.GetAsync(path);
        return (response.StatusCode, response.Text, response.Header("WWW-Authenticate"));
    }

    [Fact]
    public async Task Successful_scheme_gives_a_claims_user()
    {
        Assert.Equal((200, "{\"id\":\"42\",\"user\":\"svc\",\"can_add\":true,\"can_delete\":false}", null), await GetAsync("/admin/", "good"));
    }

    [Fact]
    public async Task Failed_scheme_is_an_authentication_failure()
    {
        Assert.Equal((403, "{\"detail\":\"Incorrect authentication credentials.\"}", null), await GetAsync("/admin/", "bad"));
        Assert.Equal((401, "{\"detail\":\"Incorrect authentication credentials.\"}", "ApiKey"), await GetAsync("/challenging/", "bad"));
    }

    [Fact]
    public async Task No_result_steps_aside()
    {
        Assert.Equal((403, "{\"detail\":\"Authentication credentials were not provided.\"}", null), await GetAsync("/admin/", null));
        Assert.Equal((401, "{\"detail\":\"Authentication credentials were not provided.\"}", "ApiKey"), await GetAsync("/challenging/", null));
    }
}
