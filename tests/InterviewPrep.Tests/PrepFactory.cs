using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using RestFramework.Authentication;
using RestFramework.Testing;

namespace InterviewPrep.Tests;

/// <summary>
/// The sample app on a fresh database per factory: a temporary SQLite file, or, when <c>Database__Provider=Postgres</c> and
/// <c>ConnectionStrings__Prep</c> are set (as .ci/run does), a fresh PostgreSQL database on that server.
/// </summary>
public sealed class PrepFactory : WebApplicationFactory<Program>
{
    public const string AdminName = "admin";
    public const string AdminPassword = "admin-pass-123";

    private readonly string _databasePath = Path.Combine(Path.GetTempPath(), $"prep-{Guid.NewGuid():N}.db");
    private readonly string? _postgres = PostgresConnection();
    private string? _redis;
    private string? _sharedDatabase;

    /// <summary>An instance with throttle counters in the Redis at <paramref name="redis"/>.</summary>
    public static PrepFactory WithRedis(string redis) => new() { _redis = redis };

    /// <summary>An instance sharing <paramref name="other"/>'s database, with throttle counters in the Redis at <paramref name="redis"/>.</summary>
    public static PrepFactory SharingDatabaseOf(PrepFactory other, string redis) =>
        new() { _sharedDatabase = other._postgres ?? $"Data Source={other._databasePath}", _redis = redis };

    public static bool UsesPostgres => Environment.GetEnvironmentVariable("Database__Provider") is "Postgres" or "postgres";

    public ApiClient CreateApiClient() => new(CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false }));

    /// <summary>A client authenticated with the token of a new (or the admin) user, made without the throttled token endpoint.</summary>
    public async Task<ApiClient> ClientForAsync(string userName, bool staff = false)
    {
        await using var scope = Services.CreateAsyncScope();
        var store = scope.ServiceProvider.GetRequiredService<IUserStore>();
        var user = userName == AdminName
            ? await store.AuthenticateAsync(AdminName, AdminPassword) ?? throw new InvalidOperationException("no admin")
            : await store.CreateUserAsync(userName, "secret-password", $"{userName}@example.com", staff);
        var token = await store.GetOrCreateTokenAsync(user);
        var client = CreateApiClient();
        client.Credentials(("Authorization", $"Token {token.Key}"));
        return client;
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseSetting("ConnectionStrings:Prep", _sharedDatabase ?? _postgres ?? $"Data Source={_databasePath}");
        if (_redis is not null)
        {
            builder.UseSetting("Redis:Configuration", _redis);
        }
        builder.UseSetting("Seed:AdminUsername", AdminName);
        builder.UseSetting("Seed:AdminPassword", AdminPassword);
        builder.ConfigureTestServices(services => services.AddRestFrameworkTesting());
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (_sharedDatabase is not null)
        {
            return;
        }
        if (_postgres is not null)
        {
            NpgsqlConnection.ClearAllPools();
            var name = new NpgsqlConnectionStringBuilder(_postgres).Database;
            using var admin = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(_postgres) { Database = "postgres" }.ConnectionString);
            admin.Open();
            using var drop = admin.CreateCommand();
            drop.CommandText = $"DROP DATABASE IF EXISTS \"{name}\" WITH (FORCE)";
            drop.ExecuteNonQuery();
            return;
        }
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        File.Delete(_databasePath);
    }

    private static string? PostgresConnection()
    {
        if (!UsesPostgres)
        {
            return null;
        }
        var baseConnection = Environment.GetEnvironmentVariable("ConnectionStrings__Prep")
            ?? throw new InvalidOperationException("Database__Provider=Postgres needs ConnectionStrings__Prep for the tests.");
        return new NpgsqlConnectionStringBuilder(baseConnection) { Database = $"prep_test_{Guid.NewGuid():N}" }.ConnectionString;
    }
}
