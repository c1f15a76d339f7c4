// Provides the red flag representation: id and text.
using InterviewPrep.Models;
using RestFramework.Serializers;

namespace InterviewPrep.Serializers;

/// <summary>A red flag, nested in questions.</summary>
public sealed class RedFlagSerializer : ModelSerializer<RedFlag>
{
    protected override void Meta(ModelMeta meta) => meta.Fields("id", "text");
}
