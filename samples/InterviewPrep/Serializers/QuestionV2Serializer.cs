// Provides the v2 question representation: v1 plus frequency_label after frequency_rank.
using InterviewPrep.Models;
using RestFramework.Fields;
using RestFramework.Serializers;

namespace InterviewPrep.Serializers;

/// <summary>A question under <c>v2</c>: <c>frequency_label</c> is "very common" (ranks 1-6), "common" (7-12) or "occasional".</summary>
public sealed class QuestionV2Serializer : QuestionSerializer
{
    private static readonly string[] V2Fields =
        ["id", "url", "title", "level", "frequency_rank", "frequency_label", "topic", "answer", "follow_up", "key_points", "red_flags", "created_at", "updated_at"];

    protected override string[] FieldNames => V2Fields;

    protected override void Meta(ModelMeta meta)
    {
        base.Meta(meta);
        meta.Declare("frequency_label", new ExpressionField<Question, string>(
            q => q.FrequencyRank <= 6 ? "very common" : q.FrequencyRank <= 12 ? "common" : "occasional"));
    }
}
