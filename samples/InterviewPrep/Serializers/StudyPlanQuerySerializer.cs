// Provides the study plan's query parameters: minutes (10-240, default 30) and an optional level.
using InterviewPrep.Models;
using RestFramework.Fields;
using RestFramework.Serializers;

namespace InterviewPrep.Serializers;

/// <summary>Validates <c>?minutes=M&amp;level=L</c>.</summary>
public sealed class StudyPlanQuerySerializer : Serializer
{
    protected override void Configure(FieldBuilder fields) => fields
        .Add("minutes", new IntegerField { MinValue = 10, MaxValue = 240, Default = 30L })
        .Add("level", new ChoiceField(ChoiceField.EnumChoices<Level>()) { Required = false });
}
