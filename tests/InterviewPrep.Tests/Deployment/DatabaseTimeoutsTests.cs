using InterviewPrep.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace InterviewPrep.Tests.Deployment;

public sealed class DatabaseTimeoutsTests
{
    private static NpgsqlConnectionStringBuilder Effective(string connectionString)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Database:Provider"] = "Postgres",
            ["ConnectionStrings:Prep"] = connectionString,
        }).Build();
        using var provider = new ServiceCollection().AddPrepDatabase(configuration).BuildServiceProvider();
        using var scope = provider.CreateScope();
        return new NpgsqlConnectionStringBuilder(scope.ServiceProvider.GetRequiredService<PrepDbContext>().Database.GetConnectionString());
    }

    [Fact]
    public void Postgres_connections_fail_fast_unless_the_connection_string_says_otherwise()
    {
        var defaults = Effective("Host=db.internal;Database=prep");
        var given = Effective("Host=db.internal;Database=prep;Timeout=20;Command Timeout=60;Cancellation Timeout=500");

        Assert.Equal((3, 3, -1), (defaults.Timeout, defaults.CommandTimeout, defaults.CancellationTimeout));
        Assert.Equal((20, 60, 500), (given.Timeout, given.CommandTimeout, given.CancellationTimeout));
        Assert.Equal("db.internal", defaults.Host);
    }
}
