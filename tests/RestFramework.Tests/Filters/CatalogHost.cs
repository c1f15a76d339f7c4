using System.Data.Common;
using Microsoft.AspNetCore.Routing;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using RestFramework.Settings;
using RestFramework.Testing;

namespace RestFramework.Tests.Filters;

/// <summary>
/// A test host with a seeded catalog and the SQL it runs recorded: an in-memory SQLite database, or, when the environment
/// variable <c>RESTFRAMEWORK_TEST_POSTGRES</c> holds a connection string (as <c>.ci/run</c> sets it), a fresh PostgreSQL
/// database per host, dropped on dispose.
/// </summary>
public sealed class CatalogHost : IAsyncDisposable
{
    /// <summary>The PostgreSQL server to test against, or null for SQLite.</summary>
    public static readonly string? PostgresConnection = Environment.GetEnvironmentVariable("RESTFRAMEWORK_TEST_POSTGRES") is { Length: > 0 } value ? value : null;

    /// <summary>The answer expected on the database under test, where SQLite and PostgreSQL answer differently (as under Django).</summary>
    public static string OnDatabase(string sqlite, string postgres) => PostgresConnection is null ? sqlite : postgres;

    private readonly SqliteConnection? _connection;
    private readonly ApiTestHost _host;

    private CatalogHost(SqliteConnection? connection, ApiTestHost host, SqlLog log)
    {
        _connection = connection;
        _host = host;
        Sql = log;
        Client = host.CreateClient();
    }

    public ApiClient Client { get; }

    public SqlLog Sql { get; }

    public static async Task<CatalogHost> StartAsync(
        Action<IEndpointRouteBuilder> endpoints,
        Action<CatalogContext> seed,
        Action<RestFrameworkOptions>? options = null)
    {
        SqliteConnection? connection = null;
        string? postgres = null;
        if (PostgresConnection is null)
        {
            connection = new SqliteConnection("Data Source=:memory:");
            await connection.OpenAsync();
        }
        else
        {
            postgres = new NpgsqlConnectionStringBuilder(PostgresConnection) { Database = "catalog_" + Guid.NewGuid().ToString("N") }.ConnectionString;
        }
        var log = new SqlLog();
        var host = await ApiTestHost.StartAsync(endpoints, options, services => services
            .AddRestFrameworkNpgsql()
            .AddDbContext<CatalogContext>(o => (connection is null ? o.UseNpgsql(postgres) : o.UseSqlite(connection)).AddInterceptors(log)));
        using (var scope = host.Services.CreateScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<CatalogContext>();
            await db.Database.EnsureCreatedAsync();
            seed(db);
            await db.SaveChangesAsync();
        }
        log.Clear();
        return new CatalogHost(connection, host, log);
    }

    /// <summary>Items n0..n{count-1}: age i, price i, created 2024-01-(i+1), kind Beta for odd i, topic "py" for odd i.</summary>
    public static Action<CatalogContext> Items(int count) => db =>
    {
        var topic = new Topic { Slug = "py" };
        for (var i = 0; i < count; i++)
        {
            db.Items.Add(new Item
            {
                Id = i + 1,
                Name = "n" + i,
                Age = i,
                Price = i,
                Rating = i / 2.0,
                Created = new DateTime(2024, 1, 1, 0, 0, 0, DateTimeKind.Utc).AddDays(i),
                Kind = i % 2 == 1 ? Kind.Beta : Kind.Alpha,
                Topic = i % 2 == 1 ? topic : null,
            });
        }
    };

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        if (_connection is null)
        {
            using var scope = _host.Services.CreateScope();
            await scope.ServiceProvider.GetRequiredService<CatalogContext>().Database.EnsureDeletedAsync();
        }
        await _host.DisposeAsync();
        if (_connection is not null)
        {
            await _connection.DisposeAsync();
        }
    }
}

/// <summary>Records the text of every command EF Core runs.</summary>
public sealed class SqlLog : DbCommandInterceptor
{
    private readonly List<string> _commands = [];

    public IReadOnlyList<string> Commands
    {
        get
        {
            lock (_commands)
            {
                return [.. _commands];
            }
        }
    }

    /// <summary><paramref name="sql"/> without double quotes, so assertions read alike on SQLite and PostgreSQL.</summary>
    public static string Unquoted(string sql) => sql.Replace("\"", string.Empty, StringComparison.Ordinal).TrimEnd();

    public void Clear()
    {
        lock (_commands)
        {
            _commands.Clear();
        }
    }

    public override ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result, CancellationToken cancellationToken = default)
    {
        Record(command);
        return base.ReaderExecutingAsync(command, eventData, result, cancellationToken);
    }

    public override ValueTask<InterceptionResult<object>> ScalarExecutingAsync(DbCommand command, CommandEventData eventData, InterceptionResult<object> result, CancellationToken cancellationToken = default)
    {
        Record(command);
        return base.ScalarExecutingAsync(command, eventData, result, cancellationToken);
    }

    public override InterceptionResult<DbDataReader> ReaderExecuting(DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result)
    {
        Record(command);
        return base.ReaderExecuting(command, eventData, result);
    }

    private void Record(DbCommand command)
    {
        lock (_commands)
        {
            _commands.Add(command.CommandText);
        }
    }
}
