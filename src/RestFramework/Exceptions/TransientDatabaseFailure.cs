// Provides the recognition of a database that is unreachable or busy for now, without referencing any provider.
using System.Data.Common;
using System.Net.Sockets;

namespace RestFramework.Exceptions;

/// <summary>
/// Whether an exception means "the database cannot answer now": a <see cref="DbException"/> (itself or in the inner-exception
/// chain, as EF Core wraps it) that is <see cref="DbException.IsTransient"/> (Npgsql sets it for broken connections, timeouts
/// and shutdowns), has a connection or shutdown SQLSTATE, has a socket, I/O or timeout cause, or is SQLite's <c>SQLITE_BUSY</c>
/// or <c>SQLITE_LOCKED</c>.
/// </summary>
internal static class TransientDatabaseFailure
{
    private const string SqliteException = "Microsoft.Data.Sqlite.SqliteException";
    private const int SqliteBusy = 5;
    private const int SqliteLocked = 6;

    /// <summary>The transient database error in <paramref name="exception"/>'s chain, or null when there is none.</summary>
    public static DbException? Find(Exception exception)
    {
        for (Exception? e = exception; e is not null; e = e.InnerException)
        {
            if (e is DbException db && IsTransient(db))
            {
                return db;
            }
        }
        return null;
    }

    private static bool IsTransient(DbException db) =>
        db.IsTransient || IsUnavailableState(db.SqlState) || IsSqliteBusy(db) || HasNetworkCause(db);

    // SQLSTATE class 08 (connection exception), 53 (insufficient resources), 57P01-57P03 (shutdown, cannot connect now).
    private static bool IsUnavailableState(string? state) =>
        state is { Length: 5 } && (state.StartsWith("08", StringComparison.Ordinal) || state.StartsWith("53", StringComparison.Ordinal)
            || state is "57P01" or "57P02" or "57P03");

    // SqliteException's SqliteErrorCode is the primary result code (its ErrorCode is E_FAIL); the low byte of an extended code
    // is the primary one. Read by name, so that the framework needs no SQLite reference.
    private static bool IsSqliteBusy(DbException db) =>
        string.Equals(db.GetType().FullName, SqliteException, StringComparison.Ordinal)
        && db.GetType().GetProperty("SqliteErrorCode")?.GetValue(db) is int code
        && (code & 0xFF) is SqliteBusy or SqliteLocked;

    private static bool HasNetworkCause(DbException db)
    {
        for (var e = db.InnerException; e is not null; e = e.InnerException)
        {
            if (e is SocketException or IOException or TimeoutException)
            {
                return true;
            }
        }
        return false;
    }
}
