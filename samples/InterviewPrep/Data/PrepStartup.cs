// Provides the start-up of the database: migrations, the admin user from configuration, the built-in bank once.
using Microsoft.EntityFrameworkCore;
using RestFramework.Authentication;

namespace InterviewPrep.Data;

/// <summary>Makes an empty or older database ready: migrates it, ensures the configured admin, seeds the bank unless <c>Seed:Bank=false</c>.</summary>
public static class PrepStartup
{
    public static async Task PrepareAsync(IServiceProvider services, IConfiguration configuration, CancellationToken ct = default)
    {
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PrepDbContext>();
        await db.Database.MigrateAsync(ct);
        await EnsureAdminAsync(db, scope.ServiceProvider.GetRequiredService<IUserStore>(), configuration, ct);
        if (configuration.GetValue("Seed:Bank", true))
        {
            await BankSeeder.SeedAsync(db, Path.Combine(AppContext.BaseDirectory, "Data", "question-bank.json"), ct);
        }
    }

    private static async Task EnsureAdminAsync(PrepDbContext db, IUserStore store, IConfiguration configuration, CancellationToken ct)
    {
        var userName = configuration["Seed:AdminUsername"];
        var password = configuration["Seed:AdminPassword"];
        if (string.IsNullOrEmpty(userName) || string.IsNullOrEmpty(password))
        {
            return;
        }
        if (!await db.Set<User>().AnyAsync(u => u.UserName == userName, ct))
        {
            await store.CreateUserAsync(userName, password, configuration["Seed:AdminEmail"] ?? string.Empty, isStaff: true, ct);
        }
    }
}
