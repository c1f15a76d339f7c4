// Provides generated question CSV files for the import tests and a database that counts the SQL commands it runs.
using System.Data.Common;
using System.Text;
using InterviewPrep.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;

namespace InterviewPrep.Tests.Support;

public static class ImportCsv
{
    public const string Header = "title,level,frequency_rank,topic,answer,follow_up,key_points,red_flags\n";

    private static readonly string[] Topics = ["fundamentals", "serializers", "views"];
    private static readonly string[] Levels = ["junior", "mid", "senior"];

    /// <summary>A file of <paramref name="rows"/> valid new questions; row <paramref name="invalidRow"/> (from 1), if any, lacks its question mark.</summary>
    public static string Rows(int rows, int? invalidRow = null, string prefix = "Imported question")
    {
        var csv = new StringBuilder(Header);
        for (var i = 1; i <= rows; i++)
        {
            var mark = i == invalidRow ? "" : "?";
            csv.Append($"\"{prefix} {i}, with a comma{mark}\",{Levels[i % 3]},{100 + i},{Topics[i % 3]},Answer {i}.,Follow up {i}?,serializ; validat ,no idea;magic\n");
        }
        return csv.ToString();
    }

    /// <summary>Renders <paramref name="data"/> as the API's JSON renderer does.</summary>
    public static string Json(object data)
    {
        var buffer = new System.Buffers.ArrayBufferWriter<byte>();
        new RestFramework.Renderers.JsonRenderer().Render(data, new RestFramework.Renderers.RendererContext(null, null, new RestFramework.Responses.Response(data), "application/json"), buffer);
        return Encoding.UTF8.GetString(buffer.WrittenSpan);
    }

    public static QuestionImportFileSource Source(string csv) => new(Encoding.UTF8.GetBytes(csv));

    /// <summary>A database on the factory's database, outside the app, that records its SQL commands.</summary>
    public static PrepDbContext CountingDb(PrepFactory app, SqlCommands log)
    {
        using var scope = app.Services.CreateScope();
        var connection = scope.ServiceProvider.GetRequiredService<PrepDbContext>().Database.GetConnectionString()!;
        return PrepFactory.UsesPostgres
            ? new PostgresPrepDbContext(new DbContextOptionsBuilder<PostgresPrepDbContext>().UseNpgsql(connection).AddInterceptors(log).Options)
            : new PrepDbContext(new DbContextOptionsBuilder<PrepDbContext>().UseSqlite(connection).AddInterceptors(log).Options);
    }
}

/// <summary>The bytes of a CSV file, opened as a new stream each time.</summary>
public sealed class QuestionImportFileSource(byte[] bytes)
{
    public Stream Open() => new MemoryStream(bytes, writable: false);
}

/// <summary>Records the text of every SQL command EF Core executes.</summary>
public sealed class SqlCommands : DbCommandInterceptor
{
    public List<string> Texts { get; } = [];

    public int Selects => Texts.Count(t => t.TrimStart().StartsWith("SELECT", StringComparison.OrdinalIgnoreCase));

    public override InterceptionResult<DbDataReader> ReaderExecuting(DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result)
    {
        Texts.Add(command.CommandText);
        return result;
    }

    public override ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result, CancellationToken cancellationToken = default)
    {
        Texts.Add(command.CommandText);
        return ValueTask.FromResult(result);
    }

    public override InterceptionResult<int> NonQueryExecuting(DbCommand command, CommandEventData eventData, InterceptionResult<int> result)
    {
        Texts.Add(command.CommandText);
        return result;
    }

    public override ValueTask<InterceptionResult<int>> NonQueryExecutingAsync(DbCommand command, CommandEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        Texts.Add(command.CommandText);
        return ValueTask.FromResult(result);
    }

    public override InterceptionResult<object> ScalarExecuting(DbCommand command, CommandEventData eventData, InterceptionResult<object> result)
    {
        Texts.Add(command.CommandText);
        return result;
    }

    public override ValueTask<InterceptionResult<object>> ScalarExecutingAsync(DbCommand command, CommandEventData eventData, InterceptionResult<object> result, CancellationToken cancellationToken = default)
    {
        Texts.Add(command.CommandText);
        return ValueTask.FromResult(result);
    }
}
