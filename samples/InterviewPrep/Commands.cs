// Provides the operators' commands: import a CSV file into the bank, create a user.
using InterviewPrep.Data;
using InterviewPrep.Domain;
using InterviewPrep.Models;
using InterviewPrep.Serializers;
using InterviewPrep.Views;
using Microsoft.EntityFrameworkCore;
using RestFramework.Authentication;
using RestFramework.Serializers;

namespace InterviewPrep;

/// <summary>
/// <c>dotnet run --project samples/InterviewPrep -- import-questions bank.csv [--dry-run]</c> and
/// <c>... -- create-user NAME PASSWORD [--email E] [--staff]</c>.
/// </summary>
public static class Commands
{
    public static readonly string[] Names = ["import-questions", "create-user"];

    public static async Task<int> RunAsync(IServiceProvider services, IConfiguration configuration, string[] args)
    {
        await PrepStartup.PrepareAsync(services, configuration);
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PrepDbContext>();
        try
        {
            return args[0] switch
            {
                "import-questions" when args.Length >= 2 => await ImportAsync(db, args[1], args.Contains("--dry-run")),
                "create-user" when args.Length >= 3 => await CreateUserAsync(scope.ServiceProvider.GetRequiredService<IUserStore>(), db, args),
                _ => Usage(),
            };
        }
        catch (IOException ex)
        {
            await Console.Error.WriteLineAsync(ex.Message);
            return 1;
        }
    }

    private static int Usage()
    {
        Console.Error.WriteLine("usage: import-questions FILE.csv [--dry-run] | create-user NAME PASSWORD [--email EMAIL] [--staff]");
        return 2;
    }

    private static async Task<int> ImportAsync(PrepDbContext db, string path, bool dryRun)
    {
        var table = CsvTable.TryParse(await File.ReadAllBytesAsync(path));
        if (table is null)
        {
            await Console.Error.WriteLineAsync("File is not valid UTF-8 CSV.");
            return 1;
        }
        var missing = new[] { "answer", "frequency_rank", "level", "title", "topic" }.Where(c => !table.Columns.Contains(c)).ToList();
        if (missing.Count > 0)
        {
            await Console.Error.WriteLineAsync($"Missing columns: {string.Join(", ", missing)}.");
            return 1;
        }
        await using var transaction = await db.Database.BeginTransactionAsync();
        int created = 0, updated = 0, failed = 0;
        var context = new SerializerContext { DbContext = db };
        for (var i = 0; i < table.Rows.Count; i++)
        {
            var data = QuestionRows.ToInput(table.Rows[i]);
            var title = data["title"]!.GetValue<string>();
            var instance = await db.Questions.Include(q => q.RedFlags).FirstOrDefaultAsync(q => q.Title == title);
            var serializer = new QuestionSerializer { Instance = instance, InitialData = data, Context = context };
            if (!serializer.IsValid())
            {
                failed++;
                Console.WriteLine($"row {i + 1}: {System.Text.Json.JsonSerializer.Serialize(serializer.Errors)}");
                continue;
            }
            await serializer.SaveAsync();
            _ = instance is null ? created++ : updated++;
            if ((i + 1) % 100 == 0 || i + 1 == table.Rows.Count)
            {
                Console.Write($"\r{i + 1}/{table.Rows.Count} rows");
            }
        }
        Console.WriteLine();
        if (failed > 0 || dryRun)
        {
            await transaction.RollbackAsync();
            Console.WriteLine(failed > 0 ? $"{failed} invalid rows: nothing imported." : $"dry run: {created} to create, {updated} to update.");
            return failed > 0 ? 1 : 0;
        }
        await transaction.CommitAsync();
        Console.WriteLine($"created {created}, updated {updated}.");
        return 0;
    }

    private static async Task<int> CreateUserAsync(IUserStore store, PrepDbContext db, string[] args)
    {
        var (name, password) = (args[1], args[2]);
        if (await db.Set<User>().AnyAsync(u => u.UserName == name))
        {
            await Console.Error.WriteLineAsync("A user with that username already exists.");
            return 1;
        }
        var emailAt = Array.IndexOf(args, "--email");
        var email = emailAt > 0 && emailAt + 1 < args.Length ? args[emailAt + 1] : string.Empty;
        var user = await store.CreateUserAsync(name, password, email, args.Contains("--staff"));
        Console.WriteLine($"created user {user.UserName} (id {user.Id}{(user.IsStaff ? ", staff" : string.Empty)}).");
        return 0;
    }
}
