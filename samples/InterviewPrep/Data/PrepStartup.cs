// Provides the start-up of the database: migrations, the admin user from configuration, the built-in bank once.
using Microsoft.AspNetCore.DataProtection;
using Microsoft.EntityFrameworkCore;
using RestFramework.Authentication;

namespace InterviewPrep.Data;

/// <summary>
/// Makes an empty or older database ready: migrates it, creates the Data Protection key ring, ensures the configured admin,
/// seeds the bank unless <c>Seed:Bank=false</c>.
/// </summary>
/// <remarks>
/// Safe when several instances start at once on one database: the whole start-up runs under <see cref="StartupLock"/>, so
/// one instance migrates and seeds while the others wait, then find everything done. The admin and the bank are written in one
/// transaction, so an instance that dies half-way leaves nothing for the next one to trip over.
/// </remarks>
public static class PrepStartup
{
    public static async Task PrepareAsync(IServiceProvider services, IConfiguration configuration, CancellationToken ct = default)
    {
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PrepDbContext>();
        await using (await StartupLock.AcquireAsync(db, ct))
        {
            await db.Database.MigrateAsync(ct);
            // The first instance creates the key every instance then signs session cookies with (see AddPrepDataProtection).
            scope.ServiceProvider.GetService<IDataProtectionProvider>()?.CreateProtector("InterviewPrep.Startup").Protect([1]);
            await using var transaction = await db.Database.BeginTransactionAsync(ct);
            await EnsureAdminAsync(db, scope.ServiceProvider.GetRequiredService<IUserStore>(), configuration, ct);
            if (configuration.GetValue("Seed:Bank", true))
            {
                await BankSeeder.SeedAsync(db, Path.Combine(AppContext.BaseDirectory, "Data", "question-bank.json"), ct);
            }
            await transaction.CommitAsync(ct);
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
