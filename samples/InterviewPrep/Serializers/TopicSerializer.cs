// Provides the topic representation: id, name, slug, description.
using InterviewPrep.Models;
using RestFramework.Fields;
using RestFramework.Serializers;
using RestFramework.Validators;

namespace InterviewPrep.Serializers;

/// <summary>A topic; the description may be blank and defaults to empty.</summary>
public sealed class TopicSerializer : ModelSerializer<Topic>
{
    protected override void Meta(ModelMeta meta) => meta
        .Fields("id", "name", "slug", "description")
        .Declare("slug", new SlugField
        {
            MaxLength = 50,
            Validators = [new UniqueValidator<Topic>(c => c.GetDbContext()!.Set<Topic>(), nameof(Topic.Slug), "topic with this slug already exists.")],
        })
        .ExtraKwargs("description", Blank);

    internal static void Blank(Field field)
    {
        field.Required = false;
        ((CharField)field).AllowBlank = true;
    }
}
