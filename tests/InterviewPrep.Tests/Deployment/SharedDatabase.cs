using Npgsql;

namespace InterviewPrep.Tests.Deployment;

/// <summary>
/// A database several app instances share: a fresh SQLite file, or (with <c>Database__Provider=Postgres</c>) a fresh
/// PostgreSQL database name on the configured server, not created: the first instance to start creates it. Removed on dispose.
/// </summary>
public sealed class SharedDatabase : IDisposable
{
    private readonly string? _sqlitePath;

    public SharedDatabase()
    {
        if (PrepFactory.UsesPostgres)
        {
            var server = Environment.GetEnvironmentVariable("ConnectionStrings__Prep")
                ?? throw new InvalidOperationException("Database__Provider=Postgres needs ConnectionStrings__Prep for the tests.");
            ConnectionString = new NpgsqlConnectionStringBuilder(server) { Database = $"prep_shared_{Guid.NewGuid():N}" }.ConnectionString;
        }
        else
        {
            _sqlitePath = Path.Combine(Path.GetTempPath(), $"prep-shared-{Guid.NewGuid():N}.db");
            ConnectionString = $"Data Source={_sqlitePath}";
        }
    }

    public string ConnectionString { get; }

    public void Dispose()
    {
        if (_sqlitePath is not null)
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            foreach (var file in new[] { _sqlitePath, _sqlitePath + "-wal", _sqlitePath + "-shm", _sqlitePath + ".startup-lock" })
            {
                File.Delete(file);
            }
            return;
        }
        NpgsqlConnection.ClearAllPools();
        var name = new NpgsqlConnectionStringBuilder(ConnectionString).Database;
        using var admin = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(ConnectionString) { Database = "postgres" }.ConnectionString);
        admin.Open();
        using var drop = admin.CreateCommand();
        drop.CommandText = $"DROP DATABASE IF EXISTS \"{name}\" WITH (FORCE)";
        drop.ExecuteNonQuery();
    }
}
