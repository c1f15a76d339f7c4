// Provides the question summary of study plans: id, title, level, frequency_rank.
using InterviewPrep.Models;
using RestFramework.Serializers;

namespace InterviewPrep.Serializers;

/// <summary>A question in a study plan block.</summary>
public sealed class StudyPlanQuestionSerializer : ModelSerializer<Question>
{
    protected override void Meta(ModelMeta meta) => meta.Fields("id", "title", "level", "frequency_rank");
}
