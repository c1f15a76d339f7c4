// Provides the sample's database and shared-state registrations: SQLite by default, PostgreSQL or Redis when configured.
using InterviewPrep.Data;
using Microsoft.EntityFrameworkCore;

namespace InterviewPrep;

/// <summary>Registers the database (<c>Database:Provider</c> = <c>Sqlite</c> or <c>Postgres</c>) and Redis-backed throttles (<c>Redis:Configuration</c>).</summary>
public static class PrepServices
{
    public static IServiceCollection AddPrepDatabase(this IServiceCollection services, IConfiguration configuration)
    {
        var provider = configuration["Database:Provider"] ?? "Sqlite";
        var connectionString = configuration.GetConnectionString("Prep");
        if (string.Equals(provider, "Postgres", StringComparison.OrdinalIgnoreCase))
        {
            services.AddDbContextPool<PrepDbContext, PostgresPrepDbContext>(o => o.UseNpgsql(
                connectionString ?? throw new InvalidOperationException("Database:Provider=Postgres needs ConnectionStrings:Prep (an Npgsql connection string).")));
        }
        else if (string.Equals(provider, "Sqlite", StringComparison.OrdinalIgnoreCase))
        {
            services.AddDbContextPool<PrepDbContext>(o => o.UseSqlite(connectionString ?? "Data Source=interview-prep.db"));
        }
        else
        {
            throw new InvalidOperationException($"Database:Provider '{provider}' is not supported; use Sqlite or Postgres.");
        }
        return services;
    }

    public static IServiceCollection AddPrepSharedState(this IServiceCollection services, IConfiguration configuration)
    {
        if (!string.IsNullOrEmpty(configuration["Redis:Configuration"]))
        {
            services.AddRestFrameworkRedis(configuration);
        }
        return services;
    }
}
