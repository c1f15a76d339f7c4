using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Routing;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using RestFramework.Authentication;
using RestFramework.Permissions;
using RestFramework.Requests;
using RestFramework.Responses;
using RestFramework.Settings;
using RestFramework.Testing;
using RestFramework.Views;

namespace RestFramework.Tests.Authentication;

public sealed class AuthDbContext(DbContextOptions<AuthDbContext> options) : DbContext(options)
{
    protected override void OnModelCreating(ModelBuilder modelBuilder) => modelBuilder.AddRestFrameworkAuth();
}

/// <summary>Answers <c>{"user": name}</c> to authenticated callers, authenticated by token then basic.</summary>
public sealed class WhoAmIView : ApiView
{
    public override IReadOnlyList<Type>? AuthenticationTypes => [typeof(TokenAuthentication), typeof(BasicAuthentication)];

    public override IReadOnlyList<Type>? PermissionTypes => [typeof(IsAuthenticated)];

    protected override ValueTask<Response> GetAsync(Request request) =>
        ValueTask.FromResult(new Response(new Dictionary<string, object?> { ["user"] = request.User.UserName, ["auth"] = request.Auth?.GetType().Name }));
}

/// <summary>A host with a SQLite auth database seeded with alice (pw), ina (inactive, pw) and a token for each.</summary>
public sealed class AuthHost : IAsyncDisposable
{
    private readonly SqliteConnection _connection;

    private AuthHost(ApiTestHost host, SqliteConnection connection)
    {
        Host = host;
        _connection = connection;
    }

    public ApiTestHost Host { get; }

    public string AliceToken { get; private set; } = string.Empty;

    public string InaToken { get; private set; } = string.Empty;

    public static async Task<AuthHost> StartAsync(
        Action<IEndpointRouteBuilder>? endpoints = null, Action<RestFrameworkOptions>? options = null, Action<IServiceCollection>? services = null)
    {
        var connection = new SqliteConnection("DataSource=:memory:");
        await connection.OpenAsync();
        var host = await ApiTestHost.StartAsync(
            e =>
            {
                e.MapView<WhoAmIView>("me/");
                e.MapView<ObtainAuthToken>("api-token-auth/");
                endpoints?.Invoke(e);
            },
            options,
            s =>
            {
                s.AddDbContext<AuthDbContext>(o => o.UseSqlite(connection));
                s.AddRestFrameworkAuthentication<AuthDbContext>();
                // Cheap hashes keep the tests fast; the format and the constant-time check are the same.
                s.Configure<Microsoft.AspNetCore.Identity.PasswordHasherOptions>(o => o.IterationCount = 1000);
                services?.Invoke(s);
            });
        var auth = new AuthHost(host, connection);
        await using var scope = host.Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<AuthDbContext>().Database.EnsureCreatedAsync();
        var store = scope.ServiceProvider.GetRequiredService<IUserStore>();
        var alice = await store.CreateUserAsync("alice", "pw", "alice@example.com");
        var ina = await store.CreateUserAsync("ina", "pw");
        ina.IsActive = false;
        await scope.ServiceProvider.GetRequiredService<AuthDbContext>().SaveChangesAsync();
        auth.AliceToken = (await store.GetOrCreateTokenAsync(alice)).Key;
        auth.InaToken = (await store.GetOrCreateTokenAsync(ina)).Key;
        return auth;
    }

    public ApiClient CreateClient() => Host.CreateClient();

    public async ValueTask DisposeAsync()
    {
        await Host.DisposeAsync();
        await _connection.DisposeAsync();
    }
}
