// Provides the list of topics, ordered by id.
using InterviewPrep.Data;
using Microsoft.EntityFrameworkCore;
using RestFramework.Requests;
using RestFramework.Responses;
using RestFramework.Views;

namespace InterviewPrep.Views;

/// <summary>Lists the topics of the bank.</summary>
public sealed class TopicListView(PrepDbContext db) : ApiView
{
    protected override async ValueTask<Response> GetAsync(Request request)
    {
        var topics = await db.Topics.AsNoTracking().OrderBy(t => t.Id).ToListAsync(HttpContext.RequestAborted);
        return new Response(topics.Select(t => new Dictionary<string, object?>
        {
            ["id"] = t.Id,
            ["name"] = t.Name,
            ["slug"] = t.Slug,
            ["description"] = t.Description,
        }).ToList());
    }
}
