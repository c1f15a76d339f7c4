// Provides the operators' commands: import a CSV file into the bank, create a user.
using InterviewPrep.Data;
using InterviewPrep.Domain;
using InterviewPrep.Models;
using Microsoft.EntityFrameworkCore;
using RestFramework.Authentication;
using RestFramework.Renderers;
using RestFramework.Responses;

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
        var started = System.Diagnostics.Stopwatch.StartNew();
        var file = QuestionImportFile.Scan(() => File.OpenRead(path));
        if (file is null)
        {
            await Console.Error.WriteLineAsync("File is not valid UTF-8 CSV.");
            return 1;
        }
        if (file.MissingColumns.Count > 0)
        {
            await Console.Error.WriteLineAsync($"Missing columns: {string.Join(", ", file.MissingColumns)}.");
            return 1;
        }
        var import = new QuestionImport(db) { Progress = rows => Console.Error.WriteLine($"{rows}/{file.RowCount} rows validated") };
        var result = await import.RunAsync(file, dryRun);
        foreach (var error in result.Errors)
        {
            Console.WriteLine($"row {error.Row}: {Json(error.Errors)}");
        }
        var seconds = started.Elapsed.TotalSeconds.ToString("0.0", System.Globalization.CultureInfo.InvariantCulture);
        if (result.Errors.Count > 0)
        {
            Console.WriteLine($"{result.Errors.Count} invalid rows of {file.RowCount}: nothing imported ({seconds} s).");
            return 1;
        }
        Console.WriteLine(dryRun
            ? $"dry run: {result.Created} to create, {result.Updated} to update ({file.RowCount} rows, {seconds} s)."
            : $"created {result.Created}, updated {result.Updated} ({file.RowCount} rows, {seconds} s).");
        return 0;
    }

    // The errors as the API renders them.
    private static string Json(object data)
    {
        var buffer = new System.Buffers.ArrayBufferWriter<byte>();
        new JsonRenderer().Render(data, new RendererContext(null, null, new Response(data), "application/json"), buffer);
        return System.Text.Encoding.UTF8.GetString(buffer.WrittenSpan);
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
