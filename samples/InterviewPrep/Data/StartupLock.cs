// Provides the lock that lets several instances start at once on one database: one migrates and seeds, the others wait.
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Storage;
using Npgsql;

namespace InterviewPrep.Data;

/// <summary>
/// Serialises the start-up of instances sharing a database. On PostgreSQL: a session advisory lock, held on the context's own
/// connection (created first when the database does not exist yet). On a SQLite file: an exclusive lock on a file next to it.
/// </summary>
internal sealed class StartupLock : IAsyncDisposable
{
    // The key is any constant shared by every instance of the app ("IPrepDb" in ASCII).
    private const string LockSql = "SELECT pg_advisory_lock(20638896773039202)";
    private const string UnlockSql = "SELECT pg_advisory_unlock(20638896773039202)";

    private readonly PrepDbContext? _postgres;
    private readonly FileStream? _file;

    private StartupLock(PrepDbContext? postgres, FileStream? file)
    {
        _postgres = postgres;
        _file = file;
    }

    /// <summary>Waits until no other instance is starting on the database of <paramref name="db"/>, then holds the lock.</summary>
    public static async Task<StartupLock> AcquireAsync(PrepDbContext db, CancellationToken ct)
    {
        if (db.Database.IsNpgsql())
        {
            await EnsurePostgresDatabaseAsync(db, ct);
            await db.Database.OpenConnectionAsync(ct);
            // Waiting for another instance's migrations and seeding takes longer than the sample's short command timeout.
            var timeout = db.Database.GetCommandTimeout();
            db.Database.SetCommandTimeout(0);
            await db.Database.ExecuteSqlRawAsync(LockSql, ct);
            db.Database.SetCommandTimeout(timeout);
            return new StartupLock(db, null);
        }
        var source = new SqliteConnectionStringBuilder(db.Database.GetConnectionString()).DataSource;
        if (string.IsNullOrEmpty(source) || source == ":memory:" || source.StartsWith("file::memory:", StringComparison.Ordinal))
        {
            return new StartupLock(null, null);
        }
        return new StartupLock(null, await LockFileAsync(Path.GetFullPath(source) + ".startup-lock", ct));
    }

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        if (_postgres is not null)
        {
            await _postgres.Database.ExecuteSqlRawAsync(UnlockSql);
            await _postgres.Database.CloseConnectionAsync();
        }
        if (_file is not null)
        {
            await _file.DisposeAsync();
        }
    }

    // An advisory lock needs a connection to the database itself, so the first instance creates it; a concurrent
    // CREATE DATABASE of another instance fails with duplicate_database (or the catalog's unique violation), then it exists.
    private static async Task EnsurePostgresDatabaseAsync(PrepDbContext db, CancellationToken ct)
    {
        var creator = db.GetService<IRelationalDatabaseCreator>();
        for (var attempt = 0; !await creator.ExistsAsync(ct); attempt++)
        {
            try
            {
                await creator.CreateAsync(ct);
            }
            catch (PostgresException e) when (e.SqlState is PostgresErrorCodes.DuplicateDatabase or PostgresErrorCodes.UniqueViolation
                                                  or PostgresErrorCodes.ObjectInUse && attempt < 50)
            {
                await Task.Delay(100, ct);
            }
        }
    }

    private static async Task<FileStream> LockFileAsync(string path, CancellationToken ct)
    {
        while (true)
        {
            try
            {
                // FileShare.None is an exclusive flock on Unix (a share-mode lock on Windows): one holder across processes.
                return new FileStream(path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None);
            }
            catch (IOException)
            {
                await Task.Delay(50, ct);
            }
        }
    }
}
