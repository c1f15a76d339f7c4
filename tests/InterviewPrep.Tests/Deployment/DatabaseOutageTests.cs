using Microsoft.Data.Sqlite;
using Npgsql;

namespace InterviewPrep.Tests.Deployment;

public sealed class DatabaseOutageTests
{
    [Fact]
    public async Task A_write_the_database_cannot_take_in_time_answers_503_then_succeeds_once_it_can()
    {
        using var database = new SharedDatabase();
        // The app waits for a lock at most the sample's Npgsql command timeout (3 s), or a SQLite busy timeout of a second.
        var connection = PrepFactory.UsesPostgres ? database.ConnectionString : database.ConnectionString + ";Default Timeout=1";
        await using var app = new PrepInstance(database, new Dictionary<string, string?> { ["ConnectionStrings:Prep"] = connection });
        using var admin = await app.AdminClientAsync();

        ApiResponseTiming blocked;
        await using (var holder = await HoldTopicsAsync(database.ConnectionString))
        {
            var started = DateTime.UtcNow;
            var response = await admin.PostAsync("/api/v1/topics/", new { name = "Locked out", slug = "locked-out", description = "" });
            blocked = new ApiResponseTiming(response.StatusCode, response.Text, response.Header("Retry-After"), DateTime.UtcNow - started);
        }
        var after = await admin.PostAsync("/api/v1/topics/", new { name = "Locked out", slug = "locked-out", description = "" });

        Assert.Equal(503, blocked.Status);
        Assert.Equal("{\"detail\":\"Service temporarily unavailable, try again later.\"}", blocked.Body);
        Assert.Equal("5", blocked.RetryAfter);
        Assert.True(blocked.Took < TimeSpan.FromSeconds(5), $"took {blocked.Took}");
        Assert.Equal(201, after.StatusCode);
    }

    private sealed record ApiResponseTiming(int Status, string Body, string? RetryAfter, TimeSpan Took);

    /// <summary>Another session holding the topics table: an exclusive table lock, or SQLite's write lock.</summary>
    private static async Task<IAsyncDisposable> HoldTopicsAsync(string connectionString)
    {
        System.Data.Common.DbConnection connection = PrepFactory.UsesPostgres
            ? new NpgsqlConnection(connectionString)
            : new SqliteConnection(connectionString + ";Pooling=False");
        await connection.OpenAsync();
        var transaction = await connection.BeginTransactionAsync();
        await using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = PrepFactory.UsesPostgres
            ? "LOCK TABLE \"Topics\" IN ACCESS EXCLUSIVE MODE"
            : "INSERT INTO \"Topics\" (\"Name\", \"Slug\", \"Description\") VALUES ('holder', 'holder', '')";
        await command.ExecuteNonQueryAsync();
        return new Holder(connection, transaction);
    }

    private sealed class Holder(System.Data.Common.DbConnection connection, System.Data.Common.DbTransaction transaction) : IAsyncDisposable
    {
        public async ValueTask DisposeAsync()
        {
            await transaction.RollbackAsync();
            await transaction.DisposeAsync();
            await connection.DisposeAsync();
        }
    }
}
