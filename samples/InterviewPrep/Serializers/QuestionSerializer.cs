// Provides the question representation and its validation: a title ending in "?", senior questions with key points, writable red flags.
using InterviewPrep.Models;
using Microsoft.EntityFrameworkCore;
using RestFramework.Exceptions;
using RestFramework.Fields;
using RestFramework.Relations;
using RestFramework.Serializers;

namespace InterviewPrep.Serializers;

/// <summary>A question (v1): its topic as a slug, key points, and red flags written as a list of <c>{"text"}</c>.</summary>
public class QuestionSerializer : ModelSerializer<Question>
{
    private static readonly string[] V1Fields =
        ["id", "url", "title", "level", "frequency_rank", "topic", "answer", "follow_up", "key_points", "red_flags", "created_at", "updated_at"];

    protected override void Meta(ModelMeta meta) => meta
        .Fields(FieldNames)
        .Declare("url", new HyperlinkedIdentityField<Question>("question-detail"))
        .Declare("topic", new SlugRelatedField<Topic>("slug"))
        .Declare("key_points", new ListField(new CharField { MaxLength = 200 }) { Required = false })
        .Declare("red_flags", new RedFlagSerializer { Many = true, Required = false })
        .ReadOnlyFields("created_at", "updated_at")
        .ExtraKwargs("frequency_rank", f => ((IntegerField)f).MinValue = 1)
        .ExtraKwargs("follow_up", TopicSerializer.Blank);

    /// <summary>The fields, in representation order.</summary>
    protected virtual string[] FieldNames => V1Fields;

    protected string ValidateTitle(string value) =>
        value.EndsWith('?') ? value : throw new ValidationError("Questions must end with a question mark.");

    protected override OrderedDictionary<string, object?> Validate(OrderedDictionary<string, object?> attrs)
    {
        var level = attrs.TryGetValue("level", out var given) ? given : TypedInstance?.Level;
        var keyPoints = attrs.TryGetValue("key_points", out var points) ? points as System.Collections.IList : TypedInstance?.KeyPoints;
        if (level is Level.Senior && (keyPoints is null || keyPoints.Count == 0))
        {
            throw new ValidationError("Senior questions need at least one key point.");
        }
        return attrs;
    }

    protected override async ValueTask<Question> CreateAsync(OrderedDictionary<string, object?> validatedData, CancellationToken cancellationToken)
    {
        var redFlags = Take(validatedData, "red_flags") ?? [];
        var question = await base.CreateAsync(validatedData, cancellationToken);
        await WriteRedFlagsAsync(question, redFlags, cancellationToken);
        return question;
    }

    protected override async ValueTask<Question> UpdateAsync(Question instance, OrderedDictionary<string, object?> validatedData, CancellationToken cancellationToken)
    {
        var redFlags = Take(validatedData, "red_flags");
        var question = await base.UpdateAsync(instance, validatedData, cancellationToken);
        if (redFlags is not null)
        {
            var db = Context.GetDbContext()!;
            await db.Set<RedFlag>().Where(r => r.QuestionId == question.Id).ExecuteDeleteAsync(cancellationToken);
            await WriteRedFlagsAsync(question, redFlags, cancellationToken);
        }
        return question;
    }

    private async Task WriteRedFlagsAsync(Question question, List<string> redFlags, CancellationToken cancellationToken)
    {
        if (redFlags.Count == 0)
        {
            return;
        }
        var db = Context.GetDbContext()!;
        db.Set<RedFlag>().AddRange(redFlags.Select(text => new RedFlag { QuestionId = question.Id, Text = text }));
        await db.SaveChangesAsync(cancellationToken);
    }

    private static List<string>? Take(OrderedDictionary<string, object?> data, string key)
    {
        if (!data.Remove(key, out var value) || value is not System.Collections.IEnumerable items)
        {
            return null;
        }
        return items.Cast<OrderedDictionary<string, object?>>().Select(flag => (string)flag["text"]!).ToList();
    }
}
