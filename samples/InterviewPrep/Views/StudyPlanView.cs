// Provides the study plan: eligible questions in blocks of ten minutes, three questions a block.
using System.Text.Json.Nodes;
using InterviewPrep.Data;
using InterviewPrep.Models;
using InterviewPrep.Serializers;
using Microsoft.EntityFrameworkCore;
using RestFramework.Permissions;
using RestFramework.Requests;
using RestFramework.Responses;
using RestFramework.Serializers;
using RestFramework.Views;

namespace InterviewPrep.Views;

/// <summary><c>GET study-plan/?minutes=M&amp;level=L</c>: questions at or below the level, by level, frequency and id.</summary>
public sealed class StudyPlanView(PrepDbContext db) : ApiView
{
    private const int BlockMinutes = 10;
    private const int QuestionsPerBlock = 3;

    public override IReadOnlyList<Type>? PermissionTypes => [typeof(AllowAny)];

    protected override async ValueTask<Response> GetAsync(Request request)
    {
        var query = new StudyPlanQuerySerializer { InitialData = QueryData(request), Context = new SerializerContext { Request = request, View = this } };
        query.IsValid(raiseException: true);
        var minutes = (int)(long)query.ValidatedData["minutes"]!;
        var level = query.ValidatedData.TryGetValue("level", out var chosen) ? (Level?)chosen : null;

        var eligible = db.Questions.AsQueryable();
        if (level is { } max)
        {
            var levels = Enum.GetValues<Level>().Where(l => l <= max).ToList();
            eligible = eligible.Where(q => levels.Contains(q.Level));
        }
        var ordered = eligible.OrderBy(q => q.Level).ThenBy(q => q.FrequencyRank).ThenBy(q => q.Id);
        var total = await ordered.CountAsync(HttpContext.RequestAborted);
        var blockCount = minutes / BlockMinutes;
        var planned = await ordered.Take(blockCount * QuestionsPerBlock).AsNoTracking().ToListAsync(HttpContext.RequestAborted);
        var context = new SerializerContext { Request = request, View = this, DbContext = db };
        var blocks = new List<object?>();
        for (var i = 0; i < blockCount; i++)
        {
            var questions = planned.Skip(i * QuestionsPerBlock).Take(QuestionsPerBlock).ToList();
            blocks.Add(new OrderedDictionary<string, object?>
            {
                ["index"] = i + 1,
                ["minutes"] = BlockMinutes,
                ["questions"] = new StudyPlanQuestionSerializer { Instance = questions, Many = true, Context = context }.Data,
            });
        }
        return new Response(new OrderedDictionary<string, object?>
        {
            ["minutes"] = minutes,
            ["level"] = query.ValidatedData.TryGetValue("level", out var text) ? RestFramework.Fields.ChoiceField.ChoiceText(text!) : null,
            ["blocks"] = blocks,
            ["skipped"] = Math.Max(0, total - (blockCount * QuestionsPerBlock)),
        });
    }

    // DRF validates request.query_params (a QueryDict): the last value of each key; an empty value counts as absent here.
    private static JsonObject QueryData(Request request)
    {
        var data = new JsonObject();
        foreach (var (key, values) in request.QueryParams)
        {
            if (values.Count > 0 && !string.IsNullOrEmpty(values[^1]))
            {
                data[key] = values[^1];
            }
        }
        return data;
    }
}
