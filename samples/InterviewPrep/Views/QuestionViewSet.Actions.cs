// Provides the extra actions of questions: practice (score an answer) and import (CSV, all or nothing).
using System.Text.Json.Nodes;
using InterviewPrep.Domain;
using InterviewPrep.Models;
using InterviewPrep.Serializers;
using Microsoft.EntityFrameworkCore;
using RestFramework.Fields;
using RestFramework.Parsers;
using RestFramework.Permissions;
using RestFramework.Requests;
using RestFramework.Responses;
using RestFramework.ViewSets;

namespace InterviewPrep.Views;

public sealed partial class QuestionViewSet
{
    private static readonly string[] TrueValues = ["t", "T", "y", "Y", "yes", "Yes", "YES", "true", "True", "TRUE", "on", "On", "ON", "1"];

    /// <summary><c>POST questions/{id}/practice/</c> <c>{"answer"}</c>: 201 with the scored attempt.</summary>
    [Action(Detail = true, Methods = ["post"], PermissionTypes = [typeof(IsAuthenticated)])]
    public async ValueTask<Response> PracticeAsync(Request request)
    {
        var question = await GetObjectAsync();
        var serializer = GetInputSerializer(request.Data);
        serializer.IsValid(raiseException: true);
        var answer = (string)serializer.ValidatedData["answer"]!;
        var redFlags = await Db.Set<RedFlag>().Where(r => r.QuestionId == question.Id).OrderBy(r => r.Id).Select(r => r.Text).ToListAsync(HttpContext.RequestAborted);
        var feedback = PracticeScore.Evaluate(answer, question.KeyPoints, redFlags);
        await serializer.SaveAsync(new Dictionary<string, object?>
        {
            ["user_id"] = (int)request.User.Id!,
            ["question"] = question,
            ["score"] = feedback.Score,
            ["covered"] = feedback.Covered.ToList(),
            ["missing"] = feedback.Missing.ToList(),
            ["red_flags_hit"] = feedback.RedFlagsHit.ToList(),
        }, HttpContext.RequestAborted);
        return new Response(serializer.Data, StatusCodes.Status201Created);
    }

    /// <summary><c>POST questions/import/</c> (multipart <c>file</c>): every row validated with the question serializer; nothing written unless all pass.</summary>
    [Action(Detail = false, Methods = ["post"], UrlPath = "import", PermissionTypes = [typeof(IsAdminUser)], ParserTypes = [typeof(MultiPartParser)])]
    public async ValueTask<Response> ImportQuestionsAsync(Request request)
    {
        var upload = GetSerializer(data: request.Data);
        upload.IsValid(raiseException: true);
        var table = (CsvTable)upload.ValidatedData["file"]!;
        var dryRun = request.QueryParams.TryGetValue("dry_run", out var flag) && TrueValues.Contains(flag[^1]);
        var ct = HttpContext.RequestAborted;
        int created = 0, updated = 0;
        var errors = new List<object?>();
        await using var transaction = await Db.Database.BeginTransactionAsync(ct);
        for (var i = 0; i < table.Rows.Count; i++)
        {
            var data = QuestionRows.ToInput(table.Rows[i]);
            var title = data["title"]!.GetValue<string>();
            var instance = await Db.Set<Question>().Include(q => q.RedFlags).FirstOrDefaultAsync(q => q.Title == title, ct);
            // The rows are JSON-shaped input, not the multipart form of the request: no request in this context.
            var serializer = new QuestionSerializer { Instance = instance, InitialData = data, Context = new() { View = this, DbContext = Db } };
            if (!serializer.IsValid())
            {
                errors.Add(new Dictionary<string, object?> { ["row"] = i + 1, ["errors"] = serializer.Errors });
                continue;
            }
            await serializer.SaveAsync(cancellationToken: ct);
            _ = instance is null ? created++ : updated++;
        }
        if (errors.Count > 0 || dryRun)
        {
            await transaction.RollbackAsync(ct);
            Db.ChangeTracker.Clear();
        }
        else
        {
            await transaction.CommitAsync(ct);
        }
        return errors.Count > 0
            ? new Response(Result(0, 0, errors), StatusCodes.Status400BadRequest)
            : new Response(Result(created, updated, errors));
    }

    private static Dictionary<string, object?> Result(int created, int updated, List<object?> errors) =>
        new() { ["created"] = created, ["updated"] = updated, ["errors"] = errors };
}

/// <summary>Turns CSV rows into the question serializer's input.</summary>
internal static class QuestionRows
{
    private static readonly string[] Required = ["title", "level", "frequency_rank", "topic", "answer"];

    public static JsonObject ToInput(IReadOnlyDictionary<string, string> row)
    {
        var data = new JsonObject();
        foreach (var name in Required)
        {
            data[name] = row[name];
        }
        if (row.TryGetValue("follow_up", out var followUp))
        {
            data["follow_up"] = followUp;
        }
        if (row.TryGetValue("key_points", out var keyPoints))
        {
            data["key_points"] = new JsonArray(Split(keyPoints).Select(p => (JsonNode?)p).ToArray());
        }
        if (row.TryGetValue("red_flags", out var redFlags))
        {
            data["red_flags"] = new JsonArray(Split(redFlags).Select(t => (JsonNode?)new JsonObject { ["text"] = t }).ToArray());
        }
        return data;
    }

    private static IEnumerable<string> Split(string cell) =>
        cell.Split(';').Select(item => item.Trim()).Where(item => item.Length > 0);
}
