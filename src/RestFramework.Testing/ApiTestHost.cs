// Provides a test host: a real ASP.NET Core app on TestServer with the framework and the test services.
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Routing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using RestFramework.Settings;

namespace RestFramework.Testing;

/// <summary>An in-process app for tests: configure services and endpoints, then make clients.</summary>
public sealed class ApiTestHost : IAsyncDisposable
{
    private readonly WebApplication _app;

    private ApiTestHost(WebApplication app) => _app = app;

    /// <summary>The app's services.</summary>
    public IServiceProvider Services => _app.Services;

    /// <summary>Starts an app with <paramref name="endpoints"/> mapped and the settings changed by <paramref name="options"/>.</summary>
    /// <param name="endpoints">Maps the views under test.</param>
    /// <param name="options">Changes to the settings for this host only (DRF's <c>override_settings</c>).</param>
    /// <param name="services">Registers further services.</param>
    /// <returns>The started host.</returns>
    public static async Task<ApiTestHost> StartAsync(
        Action<IEndpointRouteBuilder> endpoints,
        Action<RestFrameworkOptions>? options = null,
        Action<IServiceCollection>? services = null)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseTestServer();
        builder.Services.AddRestFramework(options);
        builder.Services.AddRestFrameworkTesting();
        services?.Invoke(builder.Services);
        var app = builder.Build();
        app.UseRouting();
        endpoints(app);
        await app.StartAsync();
        return new ApiTestHost(app);
    }

    /// <summary>A new client of this host.</summary>
    public ApiClient CreateClient() => new(_app.GetTestClient());

    /// <inheritdoc />
    public async ValueTask DisposeAsync() => await _app.DisposeAsync();
}
