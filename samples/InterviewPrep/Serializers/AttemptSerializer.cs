// Provides the attempt representation: the answer and its feedback.
using InterviewPrep.Models;
using RestFramework.Fields;
using RestFramework.Serializers;

namespace InterviewPrep.Serializers;

/// <summary>A practice attempt; only <c>answer</c> is writable (required, not blank, at most 5000 characters).</summary>
public sealed class AttemptSerializer : ModelSerializer<Attempt>
{
    protected override void Meta(ModelMeta meta) => meta
        .Fields("id", "question", "question_title", "answer", "score", "covered", "missing", "red_flags_hit", "created_at")
        .Declare("question_title", new CharField { Source = "question.title", ReadOnly = true })
        // JSON columns, as the reference's models.JSONField: described as "field" by OPTIONS, not as a list.
        .Declare("covered", new JsonField { ReadOnly = true })
        .Declare("missing", new JsonField { ReadOnly = true })
        .Declare("red_flags_hit", new JsonField { ReadOnly = true })
        .ReadOnlyFields("question", "score", "created_at")
        .ExtraKwargs("answer", f => ((CharField)f).MaxLength = 5000);
}
