using System.Buffers;
using Microsoft.AspNetCore.Builder;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using RestFramework.Renderers;
using RestFramework.Requests;
using RestFramework.Responses;
using RestFramework.Testing;
using RestFramework.Tests.Authentication;
using RestFramework.Tests.Exceptions;
using RestFramework.Tests.Throttling;
using RestFramework.Views;

namespace RestFramework.Tests.Views;

public sealed class DatabaseUnavailableTests
{
    private const string Unavailable = "{\"detail\":\"Service temporarily unavailable, try again later.\"}";

    private sealed class FailingView : ApiView
    {
        protected override ValueTask<Response> GetAsync(Request request) => request.QueryParams["error"].ToString() switch
        {
            "transient" => throw new TransientDatabaseFailureTests.FakeDbException("Failed to connect to 127.0.0.1:5432", transient: true),
            "save" => throw new DbUpdateException("An error occurred while saving.", new TransientDatabaseFailureTests.FakeDbException("broken", transient: true)),
            "constraint" => throw new TransientDatabaseFailureTests.FakeDbException("duplicate key", state: "23505"),
            _ => ValueTask.FromResult(new Response(new Dictionary<string, object?> { ["ok"] = true })),
        };
    }

    /// <summary>A table write that waits at most a second for SQLite's write lock.</summary>
    private sealed class SqliteWriteView : ApiView
    {
        public static string ConnectionString = "";

        protected override async ValueTask<Response> PostAsync(Request request)
        {
            await using var connection = new SqliteConnection(ConnectionString);
            await connection.OpenAsync();
            await using var insert = connection.CreateCommand();
            insert.CommandText = "INSERT INTO t VALUES (1)";
            insert.CommandTimeout = 1;
            await insert.ExecuteNonQueryAsync();
            return new Response(null, 201);
        }
    }

    private sealed class DatabaseRenderer : IRenderer
    {
        public string MediaType => "application/json";

        public string Format => "json";

        public string? Charset => null;

        public void Render(object? data, RendererContext context, IBufferWriter<byte> output) =>
            throw new TransientDatabaseFailureTests.FakeDbException("Exception while reading from stream", transient: true);
    }

    private sealed class RenderingView : ApiView
    {
        public override IReadOnlyList<Type>? RendererTypes => [typeof(DatabaseRenderer)];

        protected override ValueTask<Response> GetAsync(Request request) =>
            ValueTask.FromResult(new Response(new Dictionary<string, object?> { ["ok"] = true }));
    }

    private static Task<ApiTestHost> StartAsync(FakeTimeProvider time, ListLoggerProvider log) => ApiTestHost.StartAsync(
        e =>
        {
            e.MapView<FailingView>("db/");
            e.MapView<SqliteWriteView>("write/");
            e.MapView<RenderingView>("render/");
        },
        services: s =>
        {
            s.AddSingleton<TimeProvider>(time);
            s.AddLogging(b => b.AddProvider(log));
        });

    [Theory]
    [InlineData("transient")]
    [InlineData("save")]
    public async Task A_transient_database_error_answers_503_with_retry_after(string error)
    {
        await using var host = await StartAsync(new FakeTimeProvider(), new ListLoggerProvider());
        using var client = host.CreateClient();

        var response = await client.GetAsync("/db/", new { error });

        Assert.Equal(503, response.StatusCode);
        Assert.Equal(Unavailable, response.Text);
        Assert.Equal("5", response.Header("Retry-After"));
        Assert.StartsWith("application/json", response.Header("Content-Type"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Other_database_errors_stay_the_500_page()
    {
        await using var host = await StartAsync(new FakeTimeProvider(), new ListLoggerProvider());
        using var client = host.CreateClient();

        var response = await client.GetAsync("/db/", new { error = "constraint" });

        Assert.Equal(500, response.StatusCode);
        Assert.Equal("<h1>Server Error (500)</h1>", response.Text);
    }

    [Fact]
    public async Task An_outage_logs_one_warning_a_minute_without_a_stack_trace()
    {
        var time = new FakeTimeProvider();
        var log = new ListLoggerProvider();
        await using var host = await StartAsync(time, log);
        using var client = host.CreateClient();

        for (var i = 0; i < 20; i++)
        {
            await client.GetAsync("/db/", new { error = i % 2 == 0 ? "transient" : "save" });
        }
        time.Advance(59);
        await client.GetAsync("/db/", new { error = "transient" });
        var withinTheMinute = log.Entries.Count(e => e.Event == "DatabaseUnavailable");
        time.Advance(1);
        await client.GetAsync("/db/", new { error = "transient" });

        Assert.Equal(1, withinTheMinute);
        Assert.Equal(2, log.Entries.Count(e => e.Event == "DatabaseUnavailable"));
        Assert.All(log.Entries.Where(e => e.Event == "DatabaseUnavailable"), e => Assert.Equal((LogLevel.Warning, false), (e.Level, e.HasException)));
        Assert.DoesNotContain(log.Entries, e => e.Level >= LogLevel.Error);
    }

    [Fact]
    public async Task A_database_error_while_rendering_answers_503_too()
    {
        await using var host = await StartAsync(new FakeTimeProvider(), new ListLoggerProvider());
        using var client = host.CreateClient();

        var response = await client.GetAsync("/render/");

        Assert.Equal(503, response.StatusCode);
        Assert.Equal(Unavailable, response.Text);
        Assert.Equal("5", response.Header("Retry-After"));
    }

    [Fact]
    public async Task A_sqlite_database_locked_by_another_writer_answers_503()
    {
        var path = Path.Combine(Path.GetTempPath(), $"busy-{Guid.NewGuid():N}.db");
        SqliteWriteView.ConnectionString = $"Data Source={path};Pooling=False";
        try
        {
            await using var writer = new SqliteConnection(SqliteWriteView.ConnectionString);
            await writer.OpenAsync();
            await using (var create = writer.CreateCommand())
            {
                create.CommandText = "CREATE TABLE t (x INTEGER)";
                await create.ExecuteNonQueryAsync();
            }
            await using var transaction = (SqliteTransaction)await writer.BeginTransactionAsync();
            await using (var hold = writer.CreateCommand())
            {
                hold.CommandText = "INSERT INTO t VALUES (0)";
                await hold.ExecuteNonQueryAsync();
            }
            await using var host = await StartAsync(new FakeTimeProvider(), new ListLoggerProvider());
            using var client = host.CreateClient();

            var locked = await client.PostAsync("/write/", new { });
            await transaction.CommitAsync();
            var free = await client.PostAsync("/write/", new { });

            Assert.Equal(503, locked.StatusCode);
            Assert.Equal(Unavailable, locked.Text);
            Assert.Equal(201, free.StatusCode);
        }
        finally
        {
            File.Delete(path);
        }
    }
}
