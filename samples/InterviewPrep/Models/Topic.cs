// Provides the Topic entity: a group of questions.
namespace InterviewPrep.Models;

/// <summary>A topic of the question bank.</summary>
public sealed class Topic
{
    public int Id { get; set; }

    public string Name { get; set; } = string.Empty;

    public string Slug { get; set; } = string.Empty;

    public string Description { get; set; } = string.Empty;

    public List<Question> Questions { get; set; } = [];

    public override string ToString() => Name;
}
