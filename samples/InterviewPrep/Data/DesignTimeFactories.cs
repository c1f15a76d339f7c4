// Provides the contexts dotnet-ef builds to generate migrations (one set per provider).
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace InterviewPrep.Data;

/// <summary>Builds the SQLite context for <c>dotnet ef migrations add X --context PrepDbContext --output-dir Migrations/Sqlite</c>.</summary>
public sealed class SqliteDesignTimeFactory : IDesignTimeDbContextFactory<PrepDbContext>
{
    public PrepDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<PrepDbContext>().UseSqlite("Data Source=design-time.db").Options);
}

/// <summary>Builds the PostgreSQL context for <c>dotnet ef migrations add X --context PostgresPrepDbContext --output-dir Migrations/Postgres</c>.</summary>
public sealed class PostgresDesignTimeFactory : IDesignTimeDbContextFactory<PostgresPrepDbContext>
{
    public PostgresPrepDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<PostgresPrepDbContext>().UseNpgsql("Host=localhost;Database=prep").Options);
}
