using System.Data.Common;
using System.Net.Sockets;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using RestFramework.Exceptions;

namespace RestFramework.Tests.Exceptions;

public sealed class TransientDatabaseFailureTests
{
    /// <summary>A provider's error with the properties Npgsql and others set.</summary>
    public sealed class FakeDbException(string message, bool transient = false, string? state = null, Exception? inner = null) : DbException(message, inner)
    {
        public override bool IsTransient => transient;

        public override string? SqlState => state;
    }

    public static TheoryData<string, Exception, bool> Cases() => new()
    {
        { "transient provider error", new FakeDbException("broken", transient: true), true },
        { "wrapped by EF Core's SaveChanges", new DbUpdateException("save", new FakeDbException("broken", transient: true)), true },
        { "wrapped twice", new InvalidOperationException("outer", new DbUpdateException("save", new FakeDbException("x", transient: true))), true },
        { "connection refused SQLSTATE", new FakeDbException("refused", state: "08001"), true },
        { "admin shutdown SQLSTATE", new FakeDbException("terminating connection", state: "57P01"), true },
        { "cannot connect now SQLSTATE", new FakeDbException("starting up", state: "57P03"), true },
        { "too many connections SQLSTATE", new FakeDbException("too many", state: "53300"), true },
        { "socket cause", new FakeDbException("open failed", inner: new SocketException((int)SocketError.ConnectionRefused)), true },
        { "stream cause", new FakeDbException("read failed", inner: new EndOfStreamException()), true },
        { "timeout cause", new FakeDbException("pool exhausted", inner: new TimeoutException()), true },
        { "SQLITE_BUSY", new SqliteException("database is locked", 5), true },
        { "SQLITE_LOCKED", new SqliteException("table is locked", 6), true },
        { "SQLITE_BUSY_SNAPSHOT (extended)", new SqliteException("busy", 517), true },
        { "unique violation", new FakeDbException("duplicate key", state: "23505"), false },
        { "syntax error", new FakeDbException("syntax", state: "42601"), false },
        { "SQLITE_CONSTRAINT", new SqliteException("UNIQUE constraint failed", 19), false },
        { "SQLITE_ERROR", new SqliteException("no such table", 1), false },
        { "EF Core save failure of a constraint", new DbUpdateException("save", new FakeDbException("duplicate key", state: "23505")), false },
        { "a socket error outside any database error", new InvalidOperationException("x", new SocketException()), false },
        { "a timeout outside any database error", new TimeoutException(), false },
        { "an ordinary bug", new NullReferenceException(), false },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Transient_database_errors_are_recognised_in_the_chain(string name, Exception exception, bool transient)
    {
        Assert.True(transient == TransientDatabaseFailure.Find(exception) is not null, name);
    }

    [Fact]
    public void The_innermost_matching_database_error_is_returned()
    {
        var inner = new FakeDbException("broken", transient: true);

        var found = TransientDatabaseFailure.Find(new DbUpdateException("save", inner));

        Assert.Same(inner, found);
    }
}
