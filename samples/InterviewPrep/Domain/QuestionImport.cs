// Provides the question import: every row of a CSV file validated with the question serializer, all rows written or none.
using System.Collections;
using InterviewPrep.Models;
using InterviewPrep.Serializers;
using Microsoft.EntityFrameworkCore;
using RestFramework.Fields;
using RestFramework.Relations;
using RestFramework.Serializers;
using RestFramework.Views;

namespace InterviewPrep.Domain;

/// <summary>
/// Imports a scanned <see cref="QuestionImportFile"/>: a row whose title exists (in the database, or from an earlier row of the file)
/// updates that question, any other row creates one; if any row is invalid, or for a dry run, nothing is written.
/// </summary>
/// <remarks>
/// The same result as saving row by row in a transaction that is rolled back on the first error (the reference's way), with a
/// constant number of queries: the questions and topics the file names are loaded in two queries before the rows are validated, the
/// serializers' unique and slug checks find them through <see cref="PreloadedEntities"/>, and the rows are written at the end in one
/// transaction: the updated questions by <c>SaveChanges</c>, the new ones and their red flags by multi-row inserts
/// (<see cref="BulkInsert"/>), which read the new questions' keys back.
/// </remarks>
public sealed class QuestionImport(DbContext db)
{
    /// <summary>How many rows pass between two calls of <see cref="Progress"/>. Defaults to 10,000.</summary>
    public int ProgressEvery { get; init; } = 10_000;

    /// <summary>Called with the number of rows validated so far, every <see cref="ProgressEvery"/> rows.</summary>
    public Action<int>? Progress { get; init; }

    /// <summary>The view the rows' serializers get in their context, if any.</summary>
    public ApiView? View { get; init; }

    /// <summary>Validates every row and, unless a row is invalid or <paramref name="dryRun"/> is set, writes them all.</summary>
    public async Task<QuestionImportResult> RunAsync(QuestionImportFile file, bool dryRun, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(file);
        var titles = file.Titles.ToArray();
        var slugs = file.TopicSlugs.ToArray();
        var questions = await db.Set<Question>().Include(q => q.RedFlags).Where(q => EF.Parameter(titles).Contains(q.Title)).ToListAsync(cancellationToken);
        var topics = await db.Set<Topic>().AsNoTracking().Where(t => EF.Parameter(slugs).Contains(t.Slug)).ToListAsync(cancellationToken);
        var preloaded = new PreloadedEntities().Cover((Question q) => q.Title, titles, questions).Cover((Topic t) => t.Slug, slugs, topics);
        var byTitle = questions.ToDictionary(q => q.Title, StringComparer.Ordinal);
        var context = new SerializerContext { View = View, DbContext = db, Preloaded = preloaded };
        var writing = !dryRun;
        var created = new List<Question>();
        var replacedFlags = new Dictionary<Question, (int Row, List<RedFlag> Flags)>(ReferenceEqualityComparer.Instance);
        int createdCount = 0, updated = 0, number = 0;
        var errors = new List<QuestionImportError>();
        using (var reader = file.OpenRows())
        {
            while (reader.ReadRow() is { } row)
            {
                number++;
                if (number % 1000 == 0)
                {
                    cancellationToken.ThrowIfCancellationRequested();
                }
                var data = QuestionRows.ToInput(row);
                var instance = byTitle.GetValueOrDefault(row["title"]);
                var serializer = new QuestionSerializer { Instance = instance, InitialData = data, Context = context };
                if (!serializer.IsValid())
                {
                    errors.Add(new QuestionImportError(number, serializer.Errors));
                    if (writing)
                    {
                        // Nothing will be written: drop what was staged, keep validating against the rows seen so far.
                        writing = false;
                        created.Clear();
                        replacedFlags.Clear();
                        db.ChangeTracker.Clear();
                    }
                }
                else if (instance is null)
                {
                    var question = new Question();
                    Assign(question, serializer.ValidatedData, number, replacedFlags);
                    if (writing)
                    {
                        created.Add(question);
                    }
                    byTitle[question.Title] = question;
                    preloaded.Track(question);
                    createdCount++;
                }
                else
                {
                    var before = instance.Title;
                    Assign(instance, serializer.ValidatedData, number, replacedFlags);
                    if (before != instance.Title)
                    {
                        byTitle.Remove(before);
                        byTitle[instance.Title] = instance;
                    }
                    preloaded.Track(instance);
                    updated++;
                }
                if (number % ProgressEvery == 0)
                {
                    Progress?.Invoke(number);
                }
            }
        }
        if (writing)
        {
            await WriteAsync(created, replacedFlags, cancellationToken);
        }
        db.ChangeTracker.Clear();
        return errors.Count > 0 ? new QuestionImportResult(0, 0, errors) : new QuestionImportResult(createdCount, updated, errors);
    }

    // One transaction: the updated questions (tracked) through SaveChanges and their replaced red flags in one delete, then the new
    // questions and every new red flag in multi-row inserts.
    private async Task WriteAsync(List<Question> created, Dictionary<Question, (int Row, List<RedFlag> Flags)> replacedFlags, CancellationToken cancellationToken)
    {
        await using var journals = await BulkInsert.StatementJournalsInMemoryAsync(db, cancellationToken);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        var replaced = replacedFlags.Keys.Where(q => q.Id != 0).Select(q => q.Id).ToArray();
        if (replaced.Length > 0)
        {
            await db.Set<RedFlag>().Where(r => EF.Parameter(replaced).Contains(r.QuestionId)).ExecuteDeleteAsync(cancellationToken);
        }
        var now = DateTime.UtcNow;
        foreach (var question in created)
        {
            (question.CreatedAt, question.UpdatedAt) = (now, now);
        }
        await BulkInsert.InsertAsync(db, created, q => q.Title, cancellationToken);
        // In the order of the row that last wrote each list, as saving row by row numbers them.
        var flags = new List<RedFlag>();
        foreach (var (question, (_, list)) in replacedFlags.OrderBy(e => e.Value.Row))
        {
            list.ForEach(flag => flag.QuestionId = question.Id);
            flags.AddRange(list);
        }
        await BulkInsert.InsertAsync(db, flags, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
    }

    // The question serializer's create and update, without their SaveChanges per row: a given red_flags list replaces the old one
    // (kept in replacedFlags with the row: written by one delete and the bulk insert, in row order).
    private static void Assign(Question question, OrderedDictionary<string, object?> data, int row, Dictionary<Question, (int Row, List<RedFlag> Flags)> replacedFlags)
    {
        foreach (var (key, value) in data)
        {
            switch (key)
            {
                case "title":
                    question.Title = (string)value!;
                    break;
                case "level":
                    question.Level = (Level)Coercion.To(value, typeof(Level))!;
                    break;
                case "frequency_rank":
                    question.FrequencyRank = (long)Coercion.To(value, typeof(long))!;
                    break;
                case "topic":
                    question.TopicId = ((Topic)value!).Id;
                    break;
                case "answer":
                    question.Answer = (string)value!;
                    break;
                case "follow_up":
                    question.FollowUp = (string)value!;
                    break;
                case "key_points":
                    question.KeyPoints = ((IEnumerable)value!).Cast<object?>().Select(p => (string)p!).ToList();
                    break;
                case "red_flags":
                    var flags = ((IEnumerable)value!).Cast<OrderedDictionary<string, object?>>().Select(flag => new RedFlag { Text = (string)flag["text"]! }).ToList();
                    replacedFlags[question] = (row, flags);
                    break;
                default:
                    throw new InvalidOperationException($"The question import does not write `{key}`: add it to {nameof(QuestionImport)}.{nameof(Assign)}.");
            }
        }
    }
}

/// <summary>An invalid row: its number (1 for the first data row) and its serializer errors.</summary>
public sealed record QuestionImportError(int Row, object Errors);

/// <summary>The outcome of an import: counts (both 0 when a row is invalid) and the invalid rows.</summary>
public sealed record QuestionImportResult(int Created, int Updated, IReadOnlyList<QuestionImportError> Errors)
{
    /// <summary>The response body: <c>{"created", "updated", "errors": [{"row", "errors"}]}</c>.</summary>
    public Dictionary<string, object?> ToBody() => new()
    {
        ["created"] = Created,
        ["updated"] = Updated,
        ["errors"] = Errors.Select(e => (object?)new Dictionary<string, object?> { ["row"] = e.Row, ["errors"] = e.Errors }).ToList(),
    };
}
