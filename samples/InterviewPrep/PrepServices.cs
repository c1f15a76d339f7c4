// Provides the sample's database and shared-state registrations: SQLite by default, PostgreSQL or Redis when configured.
using InterviewPrep.Data;
using InterviewPrep.Views;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Npgsql;

namespace InterviewPrep;

/// <summary>
/// Registers the database (<c>Database:Provider</c> = <c>Sqlite</c> or <c>Postgres</c>), the Data Protection key ring in it,
/// the bank's response cache (<c>Cache:Seconds</c>) and Redis-backed throttles and cache (<c>Redis:Configuration</c>).
/// </summary>
public static class PrepServices
{
    /// <summary>The Data Protection application name of every instance, unless <c>DataProtection:ApplicationName</c> is set.</summary>
    public const string ApplicationName = "InterviewPrep";

    public static IServiceCollection AddPrepDatabase(this IServiceCollection services, IConfiguration configuration)
    {
        var provider = configuration["Database:Provider"] ?? "Sqlite";
        var connectionString = configuration.GetConnectionString("Prep");
        if (string.Equals(provider, "Postgres", StringComparison.OrdinalIgnoreCase))
        {
            var postgres = WithShortTimeouts(
                connectionString ?? throw new InvalidOperationException("Database:Provider=Postgres needs ConnectionStrings:Prep (an Npgsql connection string)."));
            services.AddDbContextPool<PrepDbContext, PostgresPrepDbContext>(o => QuietOnFailure(o.UseNpgsql(postgres)));
        }
        else if (string.Equals(provider, "Sqlite", StringComparison.OrdinalIgnoreCase))
        {
            services.AddDbContextPool<PrepDbContext>(o => QuietOnFailure(o.UseSqlite(connectionString ?? "Data Source=interview-prep.db")));
        }
        else
        {
            throw new InvalidOperationException($"Database:Provider '{provider}' is not supported; use Sqlite or Postgres.");
        }
        return services;
    }

    /// <summary>
    /// Keeps the Data Protection keys (session cookies) in the database under a fixed application name, so that every
    /// instance, whatever its content root or home directory, reads the cookies of the others.
    /// </summary>
    public static IServiceCollection AddPrepDataProtection(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddDataProtection()
            .SetApplicationName(configuration["DataProtection:ApplicationName"] ?? ApplicationName)
            .PersistKeysToDbContext<PrepDbContext>();
        return services;
    }

    public static IServiceCollection AddPrepSharedState(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddSingleton(new BankCache(configuration.GetValue("Cache:Seconds", 0)));
        if (!string.IsNullOrEmpty(configuration["Redis:Configuration"]))
        {
            services.AddRestFrameworkRedis(configuration);
        }
        return services;
    }

    /// <summary>
    /// Npgsql waits 15 s to connect and 30 s for a command by default; while the database is unreachable a request must fail
    /// (503) within about 5 s instead, so the sample takes 3 s for each, and no cancellation wait, unless the connection string
    /// sets its own.
    /// </summary>
    private static string WithShortTimeouts(string connectionString)
    {
        var given = new System.Data.Common.DbConnectionStringBuilder { ConnectionString = connectionString };
        var builder = new NpgsqlConnectionStringBuilder(connectionString);
        if (!given.ContainsKey("Timeout"))
        {
            builder.Timeout = 3;
        }
        if (!given.ContainsKey("Command Timeout") && !given.ContainsKey("CommandTimeout"))
        {
            builder.CommandTimeout = 3;
        }
        if (!given.ContainsKey("Cancellation Timeout") && !given.ContainsKey("CancellationTimeout"))
        {
            // A timed-out command breaks its connection at once instead of waiting 2 s more for a frozen server's answer.
            builder.CancellationTimeout = -1;
        }
        return builder.ConnectionString;
    }

    /// <summary>
    /// EF Core logs every failed query, save and connection with its stack trace at Error; the framework already logs what
    /// matters (one warning a minute for an unreachable database, an error for anything else), so EF Core's copies go to Debug.
    /// </summary>
    private static DbContextOptionsBuilder QuietOnFailure(DbContextOptionsBuilder options) =>
        options.ConfigureWarnings(w => w.Log(
            (RelationalEventId.ConnectionError, LogLevel.Debug),
            (RelationalEventId.CommandError, LogLevel.Debug),
            (RelationalEventId.TransactionError, LogLevel.Debug),
            (CoreEventId.QueryIterationFailed, LogLevel.Debug),
            (CoreEventId.SaveChangesFailed, LogLevel.Debug)));
}
