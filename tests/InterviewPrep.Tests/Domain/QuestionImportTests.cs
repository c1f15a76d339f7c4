using InterviewPrep.Domain;
using InterviewPrep.Models;
using InterviewPrep.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace InterviewPrep.Tests.Domain;

public sealed class QuestionImportTests
{
    private const int SeededQuestions = 23;

    private static async Task<(QuestionImportResult Result, SqlCommands Log)> ImportAsync(PrepFactory app, string csv, bool dryRun = false)
    {
        var log = new SqlCommands();
        await using var db = ImportCsv.CountingDb(app, log);
        var file = QuestionImportFile.Scan(ImportCsv.Source(csv).Open)!;
        var result = await new QuestionImport(db).RunAsync(file, dryRun);
        return (result, log);
    }

    private static async Task<T> ReadAsync<T>(PrepFactory app, Func<Data.PrepDbContext, Task<T>> read)
    {
        await using var db = ImportCsv.CountingDb(app, new SqlCommands());
        return await read(db);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(1000)]
    [InlineData(2000)]
    public async Task An_invalid_row_anywhere_writes_nothing(int invalidRow)
    {
        await using var app = new PrepFactory();

        var (result, _) = await ImportAsync(app, ImportCsv.Rows(2000, invalidRow));
        var (questions, flags) = await ReadAsync(app, async db => (await db.Questions.CountAsync(), await db.RedFlags.CountAsync()));

        Assert.Equal((0, 0), (result.Created, result.Updated));
        Assert.Equal([invalidRow], result.Errors.Select(e => e.Row));
        Assert.Equal((SeededQuestions, 0), (questions, flags - (await ReadAsync(app, db => db.RedFlags.CountAsync()))));
        Assert.Equal(SeededQuestions, questions);
    }

    [Fact]
    public async Task Every_invalid_row_is_listed_with_its_number()
    {
        await using var app = new PrepFactory();
        var csv = ImportCsv.Rows(30, invalidRow: 7) + "No mark,junior,0,fundamentals,A.,,,\n";

        var (result, _) = await ImportAsync(app, csv);

        Assert.Equal([7, 31], result.Errors.Select(e => e.Row));
        Assert.Equal(
            """{"created":0,"updated":0,"errors":[{"row":7,"errors":{"title":["Questions must end with a question mark."]}},{"row":31,"errors":{"title":["Questions must end with a question mark."],"frequency_rank":["Ensure this value is greater than or equal to 1."]}}]}""",
            ImportCsv.Json(result.ToBody()));
    }

    [Fact]
    public async Task A_large_file_is_written_and_imported_again_as_updates()
    {
        await using var app = new PrepFactory();
        var csv = ImportCsv.Rows(2000);
        var flagsBefore = await ReadAsync(app, db => db.RedFlags.CountAsync());

        var (first, _) = await ImportAsync(app, csv);
        var (again, log) = await ImportAsync(app, csv);
        var (questions, flags, sample) = await ReadAsync(app, async db => (
            await db.Questions.CountAsync(),
            await db.RedFlags.CountAsync(),
            await db.Questions.Include(x => x.RedFlags).Include(x => x.Topic).SingleAsync(x => x.Title == "Imported question 1501, with a comma?")));

        Assert.Equal((2000, 0, 0), (first.Created, first.Updated, first.Errors.Count));
        Assert.Equal((0, 2000), (again.Created, again.Updated));
        Assert.Equal((SeededQuestions + 2000, flagsBefore + 4000), (questions, flags));
        Assert.Equal((Level.Mid, 1601L, "serializers", "Answer 1501.", "Follow up 1501?"), (sample.Level, sample.FrequencyRank, sample.Topic!.Slug, sample.Answer, sample.FollowUp));
        Assert.True(sample.CreatedAt > DateTime.UtcNow.AddMinutes(-5) && sample.CreatedAt <= sample.UpdatedAt, $"{sample.CreatedAt:O} {sample.UpdatedAt:O}");
        Assert.Equal(["serializ", "validat"], sample.KeyPoints);
        Assert.Equal(["no idea", "magic"], sample.RedFlags.OrderBy(r => r.Id).Select(r => r.Text));
        Assert.Equal(2, log.Selects);
    }

    [Fact]
    public async Task A_title_repeated_in_the_file_updates_the_question_of_the_earlier_row()
    {
        await using var app = new PrepFactory();
        var csv = ImportCsv.Header
            + "Is this asked twice?,junior,50,fundamentals,First answer.,,a,first flag\n"
            + "Is this asked twice?,mid,51,views,Second answer.,,b;c,second flag;third flag\n";

        var (result, _) = await ImportAsync(app, csv);
        var question = await ReadAsync(app, db => db.Questions.Include(x => x.RedFlags).Include(x => x.Topic).SingleAsync(x => x.Title == "Is this asked twice?"));

        Assert.Equal((1, 1), (result.Created, result.Updated));
        Assert.Equal((Level.Mid, 51L, "views", "Second answer."), (question.Level, question.FrequencyRank, question.Topic!.Slug, question.Answer));
        Assert.Equal(["b", "c"], question.KeyPoints);
        Assert.Equal(["second flag", "third flag"], question.RedFlags.OrderBy(r => r.Id).Select(r => r.Text));
    }

    [Fact]
    public async Task A_title_with_surrounding_spaces_is_a_new_row_that_fails_the_unique_check()
    {
        await using var app = new PrepFactory();
        // As in the reference: the instance is found by the title as written, uniqueness checked on the stripped title.
        var csv = ImportCsv.Header
            + "Is this spaced?,junior,50,fundamentals,First.,,,\n"
            + "\" Is this spaced? \",junior,51,fundamentals,Second.,,,\n";

        var (result, _) = await ImportAsync(app, csv);

        Assert.Equal(
            """{"created":0,"updated":0,"errors":[{"row":2,"errors":{"title":["question with this title already exists."]}}]}""",
            ImportCsv.Json(result.ToBody()));
    }

    [Fact]
    public async Task Rows_after_an_invalid_row_are_still_validated_against_the_earlier_rows()
    {
        await using var app = new PrepFactory();
        var csv = ImportCsv.Header
            + "Is this first?,junior,50,fundamentals,First.,,,\n"
            + "Broken,junior,51,fundamentals,Second.,,,\n"
            + "\" Is this first?\",junior,52,fundamentals,Third.,,,\n"
            + "Is this first?,senior,53,fundamentals,Fourth.,,,\n";

        var (result, _) = await ImportAsync(app, csv);

        Assert.Equal(
            """{"created":0,"updated":0,"errors":[{"row":2,"errors":{"title":["Questions must end with a question mark."]}},{"row":3,"errors":{"title":["question with this title already exists."]}},{"row":4,"errors":{"non_field_errors":["Senior questions need at least one key point."]}}]}""",
            ImportCsv.Json(result.ToBody()));
    }

    [Fact]
    public async Task Updating_without_a_red_flags_column_keeps_the_red_flags()
    {
        await using var app = new PrepFactory();
        await ImportAsync(app, ImportCsv.Header + "Are flags kept?,junior,50,fundamentals,First.,,,kept flag\n");

        var (result, _) = await ImportAsync(app, "title,level,frequency_rank,topic,answer\nAre flags kept?,mid,60,views,Second.\n");
        var question = await ReadAsync(app, db => db.Questions.Include(x => x.RedFlags).SingleAsync(x => x.Title == "Are flags kept?"));

        Assert.Equal((0, 1), (result.Created, result.Updated));
        Assert.Equal((Level.Mid, "Second."), (question.Level, question.Answer));
        Assert.Equal(["kept flag"], question.RedFlags.Select(r => r.Text));
    }

    [Fact]
    public async Task The_number_of_queries_does_not_grow_with_the_rows()
    {
        await using var app = new PrepFactory();

        var (_, dryRunSmall) = await ImportAsync(app, ImportCsv.Rows(10), dryRun: true);
        var (_, dryRunLarge) = await ImportAsync(app, ImportCsv.Rows(1000), dryRun: true);
        var (_, invalidSmall) = await ImportAsync(app, ImportCsv.Rows(10, invalidRow: 10));
        var (_, invalidLarge) = await ImportAsync(app, ImportCsv.Rows(1000, invalidRow: 1000));
        var (_, writeSmall) = await ImportAsync(app, ImportCsv.Rows(10, prefix: "Small"));
        var (_, writeLarge) = await ImportAsync(app, ImportCsv.Rows(1000, prefix: "Large"));
        var (_, updateLarge) = await ImportAsync(app, ImportCsv.Rows(1000, prefix: "Large"));

        Assert.Equal((2, 2), (dryRunSmall.Texts.Count, dryRunLarge.Texts.Count));
        Assert.Equal((2, 2), (invalidSmall.Texts.Count, invalidLarge.Texts.Count));
        // Two reads; the updates and the one delete of replaced red flags go through EF Core. The new rows' multi-row inserts (with
        // their keys read back) run on the connection directly, so EF Core's interceptors do not see them.
        Assert.Equal((2, 2, 2), (writeSmall.Selects, writeLarge.Selects, updateLarge.Selects));
        Assert.Equal(writeSmall.Texts.Count, writeLarge.Texts.Count);
        Assert.All(writeLarge.Texts.Concat(updateLarge.Texts).Where(t => !t.TrimStart().StartsWith("SELECT", StringComparison.Ordinal)), text => Assert.Matches("^\\s*(INSERT|UPDATE|DELETE) ", text));
    }

    [Fact]
    public async Task A_dry_run_counts_creates_and_updates_without_writing()
    {
        await using var app = new PrepFactory();
        var csv = ImportCsv.Rows(3) + "\"What is Django REST framework, and why use it instead of plain Django?\",junior,1,fundamentals,Updated.,,serializ,\n";

        var (result, _) = await ImportAsync(app, csv, dryRun: true);
        var questions = await ReadAsync(app, db => db.Questions.CountAsync());

        Assert.Equal((3, 1, 0), (result.Created, result.Updated, result.Errors.Count));
        Assert.Equal(SeededQuestions, questions);
    }

    [Fact]
    public async Task A_write_leaves_the_connections_temp_store_as_it_found_it()
    {
        await using var app = new PrepFactory();
        await using var db = ImportCsv.CountingDb(app, new SqlCommands());
        if (!db.Database.IsSqlite())
        {
            return; // temp_store is SQLite's
        }
        await db.Database.OpenConnectionAsync();
        await db.Database.ExecuteSqlRawAsync("PRAGMA temp_store = FILE");

        var result = await new QuestionImport(db).RunAsync(QuestionImportFile.Scan(ImportCsv.Source(ImportCsv.Rows(50)).Open)!, dryRun: false);
        var after = await db.Database.SqlQueryRaw<int>("SELECT temp_store AS Value FROM pragma_temp_store").SingleAsync();

        Assert.Equal((50, 1), (result.Created, after));
        Assert.Equal(System.Data.ConnectionState.Open, db.Database.GetDbConnection().State);
    }
}
