// Provides the study plan: eligible questions in blocks of ten minutes, three questions a block.
using System.Globalization;
using InterviewPrep.Data;
using InterviewPrep.Models;
using Microsoft.EntityFrameworkCore;
using RestFramework.Exceptions;
using RestFramework.Permissions;
using RestFramework.Requests;
using RestFramework.Responses;
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
        var (minutes, level) = ReadQuery(request);
        var eligible = db.Questions.AsNoTracking();
        if (level is { } max)
        {
            var levels = Enum.GetValues<Level>().Where(l => l <= max).ToList();
            eligible = eligible.Where(q => levels.Contains(q.Level));
        }
        var questions = await eligible
            .OrderBy(q => q.Level).ThenBy(q => q.FrequencyRank).ThenBy(q => q.Id)
            .Select(q => new { q.Id, q.Title, q.Level, q.FrequencyRank })
            .ToListAsync(HttpContext.RequestAborted);

        var blocks = new List<Dictionary<string, object?>>();
        var blockCount = minutes / BlockMinutes;
        for (var i = 0; i < blockCount; i++)
        {
            blocks.Add(new Dictionary<string, object?>
            {
                ["index"] = i + 1,
                ["minutes"] = BlockMinutes,
                ["questions"] = questions.Skip(i * QuestionsPerBlock).Take(QuestionsPerBlock).Select(q => new Dictionary<string, object?>
                {
                    ["id"] = q.Id,
                    ["title"] = q.Title,
                    ["level"] = q.Level.ToString().ToLowerInvariant(),
                    ["frequency_rank"] = q.FrequencyRank,
                }).ToList(),
            });
        }
        return new Response(new Dictionary<string, object?>
        {
            ["minutes"] = minutes,
            ["level"] = level?.ToString().ToLowerInvariant(),
            ["blocks"] = blocks,
            ["skipped"] = Math.Max(0, questions.Count - (blockCount * QuestionsPerBlock)),
        });
    }

    private static (int Minutes, Level? Level) ReadQuery(Request request)
    {
        var errors = new Dictionary<string, object>();
        var minutes = 30;
        if (request.QueryParams.TryGetValue("minutes", out var minutesText))
        {
            var text = minutesText.ToString().Trim();
            if (!int.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out minutes))
            {
                errors["minutes"] = new[] { "A valid integer is required." };
            }
            else if (minutes > 240)
            {
                errors["minutes"] = new[] { "Ensure this value is less than or equal to 240." };
            }
            else if (minutes < 10)
            {
                errors["minutes"] = new[] { "Ensure this value is greater than or equal to 10." };
            }
        }
        Level? level = null;
        if (request.QueryParams.TryGetValue("level", out var levelText))
        {
            var text = levelText.ToString();
            if (text is "junior" or "mid" or "senior")
            {
                level = Enum.Parse<Level>(text, ignoreCase: true);
            }
            else
            {
                errors["level"] = new[] { $"\"{text}\" is not a valid choice." };
            }
        }
        if (errors.Count > 0)
        {
            throw new ValidationError(errors);
        }
        return (minutes, level);
    }
}
