// Provides the seeding of the built-in question bank, once, never overwriting existing rows.
using System.Text.Json;
using InterviewPrep.Models;
using Microsoft.EntityFrameworkCore;

namespace InterviewPrep.Data;

/// <summary>Seeds topics and questions from the bank shipped with the app.</summary>
public static class BankSeeder
{
    public static async Task SeedAsync(PrepDbContext db, string bankPath, CancellationToken ct = default)
    {
        using var document = JsonDocument.Parse(await File.ReadAllBytesAsync(bankPath, ct));
        var root = document.RootElement;
        var topics = await db.Topics.ToDictionaryAsync(t => t.Slug, ct);
        foreach (var item in root.GetProperty("topics").EnumerateArray())
        {
            var slug = item.GetProperty("slug").GetString()!;
            if (!topics.ContainsKey(slug))
            {
                var topic = new Topic { Slug = slug, Name = item.GetProperty("name").GetString()!, Description = item.GetProperty("description").GetString() ?? string.Empty };
                db.Topics.Add(topic);
                topics[slug] = topic;
            }
        }
        await db.SaveChangesAsync(ct);

        var titles = (await db.Questions.Select(q => q.Title).ToListAsync(ct)).ToHashSet();
        foreach (var item in root.GetProperty("questions").EnumerateArray())
        {
            var title = item.GetProperty("title").GetString()!;
            if (titles.Contains(title))
            {
                continue;
            }
            db.Questions.Add(new Question
            {
                Title = title,
                Level = Enum.Parse<Level>(item.GetProperty("level").GetString()!, ignoreCase: true),
                FrequencyRank = item.GetProperty("rank").GetInt32(),
                Topic = topics[item.GetProperty("topic").GetString()!],
                Answer = item.GetProperty("answer").GetString()!,
                FollowUp = item.TryGetProperty("follow_up", out var followUp) ? followUp.GetString() ?? string.Empty : string.Empty,
                KeyPoints = item.GetProperty("key_points").EnumerateArray().Select(k => k.GetString()!).ToList(),
                RedFlags = item.GetProperty("red_flags").EnumerateArray().Select(r => new RedFlag { Text = r.GetString()! }).ToList(),
            });
            // One save per question, as rows are created one by one: ids and creation times follow the bank's order.
            await db.SaveChangesAsync(ct);
        }
    }
}
