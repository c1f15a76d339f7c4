using System.Text.Json;
using InterviewPrep.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using RestFramework.Authentication;

namespace InterviewPrep.Tests.Deployment;

public sealed class ConcurrentStartTests
{
    [Fact]
    public async Task Three_instances_starting_at_once_on_an_empty_database_all_come_up_with_one_admin_and_one_bank()
    {
        using var database = new SharedDatabase();
        var instances = Enumerable.Range(0, 3).Select(_ => new PrepInstance(database)).ToArray();
        try
        {
            // Each instance has its own service provider; starting the host runs Program, hence PrepStartup.PrepareAsync.
            await Task.WhenAll(instances.Select(i => Task.Run(() => i.Services)));
            var statuses = await Task.WhenAll(instances.Select(async i =>
            {
                using var client = i.CreateApiClient();
                return (await client.GetAsync("/api/v1/questions/", new { page_size = 1 })).StatusCode;
            }));

            await using var scope = instances[0].Services.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<PrepDbContext>();
            Assert.Equal([200, 200, 200], statuses);
            Assert.Equal(1, await db.Set<User>().CountAsync(u => u.UserName == PrepFactory.AdminName));
            Assert.Equal(BankSize("questions"), await db.Questions.CountAsync());
            Assert.Equal(BankSize("topics"), await db.Topics.CountAsync());
            Assert.Equal(1, await db.DataProtectionKeys.CountAsync());
        }
        finally
        {
            foreach (var instance in instances)
            {
                await instance.DisposeAsync();
            }
        }
    }

    [Fact]
    public async Task Three_concurrent_prepare_calls_on_separate_service_providers_seed_the_empty_database_once()
    {
        using var database = new SharedDatabase();
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Database:Provider"] = PrepFactory.UsesPostgres ? "Postgres" : "Sqlite",
            ["ConnectionStrings:Prep"] = database.ConnectionString,
            ["Seed:AdminUsername"] = PrepFactory.AdminName,
            ["Seed:AdminPassword"] = PrepFactory.AdminPassword,
        }).Build();
        var providers = Enumerable.Range(0, 3).Select(_ => Provider(configuration)).ToArray();
        try
        {
            await Task.WhenAll(providers.Select(p => Task.Run(() => PrepStartup.PrepareAsync(p, configuration))));

            await using var scope = providers[0].CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<PrepDbContext>();
            var titles = await db.Questions.Select(q => q.Title).ToListAsync();
            Assert.Equal(BankSize("questions"), titles.Count);
            Assert.Equal(titles.Count, titles.Distinct().Count());
            Assert.Equal(BankSize("topics"), await db.Topics.CountAsync());
            Assert.Equal(1, await db.Set<User>().CountAsync(u => u.UserName == PrepFactory.AdminName && u.IsStaff));
            Assert.Equal(1, await db.DataProtectionKeys.CountAsync());
        }
        finally
        {
            foreach (var provider in providers)
            {
                await provider.DisposeAsync();
            }
        }
    }

    /// <summary>The services PrepStartup needs, as Program registers them, on a provider of its own.</summary>
    private static ServiceProvider Provider(IConfiguration configuration)
    {
        var services = new ServiceCollection();
        services.AddSingleton(configuration);
        services.AddLogging();
        services.AddPrepDatabase(configuration);
        services.AddPrepDataProtection(configuration);
        services.AddRestFramework();
        services.AddRestFrameworkAuthentication<PrepDbContext>();
        return services.BuildServiceProvider();
    }

    private static int BankSize(string part)
    {
        using var bank = JsonDocument.Parse(File.ReadAllBytes(Path.Combine(AppContext.BaseDirectory, "Data", "question-bank.json")));
        return bank.RootElement.GetProperty(part).GetArrayLength();
    }
}
