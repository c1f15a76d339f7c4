// Measures the InterviewPrep CSV import of 50,000 rows on a SQLite file database: a valid file (every row written in one
// transaction) and a file whose last row is invalid (every row validated, nothing written).
extern alias prep;

using System.Text;
using BenchmarkDotNet.Attributes;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using prep::InterviewPrep.Data;
using prep::InterviewPrep.Domain;

namespace RestFramework.Benchmarks.Import;

/// <summary>The question import at scale: scan, two preloading queries, validation of every row with the question serializer, multi-row inserts.</summary>
/// <remarks>With the server garbage collector, as the sample (an ASP.NET Core app) runs by default; run it out of process for that to apply.</remarks>
[MemoryDiagnoser]
[GcServer(true)]
public class ImportBenchmarks
{
    private static readonly string[] Topics = ["fundamentals", "serializers", "views", "request-lifecycle", "settings", "design", "testing"];
    private static readonly string[] Levels = ["junior", "mid", "senior"];

    private readonly string _template = Path.Combine(Path.GetTempPath(), $"import-bench-template-{Guid.NewGuid():N}.db");
    private readonly string _database = Path.Combine(Path.GetTempPath(), $"import-bench-{Guid.NewGuid():N}.db");
    private byte[] _valid = [];
    private byte[] _lastInvalid = [];

    /// <summary>The rows of each file.</summary>
    [Params(50_000)]
    public int Rows { get; set; }

    [GlobalSetup]
    public async Task SetupAsync()
    {
        _valid = Csv(Rows, invalidRow: null);
        _lastInvalid = Csv(Rows, invalidRow: Rows);
        await using var db = Open(_template);
        await db.Database.MigrateAsync();
        await BankSeeder.SeedAsync(db, Path.Combine(AppContext.BaseDirectory, "Data", "question-bank.json"));
    }

    [IterationSetup]
    public void ResetDatabase()
    {
        SqliteConnection.ClearAllPools();
        File.Copy(_template, _database, overwrite: true);
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        SqliteConnection.ClearAllPools();
        File.Delete(_template);
        File.Delete(_database);
    }

    [Benchmark]
    public async Task<int> ImportValidFile()
    {
        var result = await ImportAsync(_valid);
        return result.Created == Rows ? result.Created : throw new InvalidOperationException($"{result.Created} created, {result.Errors.Count} errors");
    }

    [Benchmark]
    public async Task<int> ImportFileWithLastRowInvalid()
    {
        var result = await ImportAsync(_lastInvalid);
        return result.Errors is [{ Row: var row }] && row == Rows ? row : throw new InvalidOperationException($"{result.Errors.Count} errors");
    }

    private async Task<QuestionImportResult> ImportAsync(byte[] csv)
    {
        await using var db = Open(_database);
        var file = QuestionImportFile.Scan(() => new MemoryStream(csv, writable: false)) ?? throw new InvalidOperationException("not UTF-8");
        return await new QuestionImport(db).RunAsync(file, dryRun: false);
    }

    private static PrepDbContext Open(string path) =>
        new(new DbContextOptionsBuilder<PrepDbContext>().UseSqlite($"Data Source={path}").Options);

    private static byte[] Csv(int rows, int? invalidRow)
    {
        var csv = new StringBuilder("title,level,frequency_rank,topic,answer,follow_up,key_points,red_flags\n");
        for (var i = 1; i <= rows; i++)
        {
            var mark = i == invalidRow ? "" : "?";
            csv.Append($"\"How does imported question {i} behave, part {i % 7}{mark}\",{Levels[i % 3]},{100 + i},{Topics[i % Topics.Length]},")
                .Append($"An answer to question {i} that mentions serializers; views and routers in a sentence or two.,")
                .Append(i % 2 == 0 ? "" : $"What would you check next for {i}?").Append(",serializ; validat ;routers,no idea;magic\n");
        }
        return Encoding.UTF8.GetBytes(csv.ToString());
    }
}
