using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using RestFramework.Authentication;
using RestFramework.Testing;

namespace InterviewPrep.Tests.Deployment;

/// <summary>
/// One instance of the sample on a <see cref="SharedDatabase"/>, as a scaled-out deployment runs it: its own content root
/// (a fresh directory, as each instance has its own working directory), the same admin settings, extra settings on top.
/// </summary>
public sealed class PrepInstance(SharedDatabase database, IReadOnlyDictionary<string, string?>? settings = null) : WebApplicationFactory<Program>
{
    public string ContentRoot { get; } = Directory.CreateTempSubdirectory("prep-instance-").FullName;

    public ApiClient CreateApiClient() => new(CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = false }));

    /// <summary>A client with the admin's token, made without the throttled token endpoint.</summary>
    public async Task<ApiClient> AdminClientAsync()
    {
        await using var scope = Services.CreateAsyncScope();
        var store = scope.ServiceProvider.GetRequiredService<IUserStore>();
        var admin = await store.AuthenticateAsync(PrepFactory.AdminName, PrepFactory.AdminPassword) ?? throw new InvalidOperationException("no admin");
        var token = await store.GetOrCreateTokenAsync(admin);
        var client = CreateApiClient();
        client.Credentials(("Authorization", $"Token {token.Key}"));
        return client;
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseContentRoot(ContentRoot);
        builder.UseSetting("ConnectionStrings:Prep", database.ConnectionString);
        builder.UseSetting("Seed:AdminUsername", PrepFactory.AdminName);
        builder.UseSetting("Seed:AdminPassword", PrepFactory.AdminPassword);
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
        {
            builder.UseSetting(key, value);
        }
        builder.ConfigureTestServices(services => services.AddRestFrameworkTesting());
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        Directory.Delete(ContentRoot, recursive: true);
    }
}
