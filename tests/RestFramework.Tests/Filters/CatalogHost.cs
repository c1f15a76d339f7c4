using System.Data.Common;
using Microsoft.AspNetCore.Routing;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using RestFramework.Settings;
using RestFramework.Testing;

namespace RestFramework.Tests.Filters;

/// <summary>A test host with an in-memory SQLite catalog, seeded, and the SQL it runs recorded.</summary>
public sealed class CatalogHost : IAsyncDisposable
{
    private readonly SqliteConnection _connection;
    private readonly ApiTestHost _host;

    private CatalogHost(SqliteConnection connection, ApiTestHost host, SqlLog log)
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
        var connection = new SqliteConnection("Data Source=:memory:");
        await connection.OpenAsync();
        var log = new SqlLog();
        var host = await ApiTestHost.StartAsync(endpoints, options, services =>
            services.AddDbContext<CatalogContext>(o => o.UseSqlite(connection).AddInterceptors(log)));
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
        await _host.DisposeAsync();
        await _connection.DisposeAsync();
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
