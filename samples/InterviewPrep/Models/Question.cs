// Provides the Question entity: a ranked interview question with its rubric.
namespace InterviewPrep.Models;

/// <summary>An interview question, ranked by frequency (1 = most frequent) and seniority.</summary>
public sealed class Question : ITimestamped
{
    public int Id { get; set; }

    public string Title { get; set; } = string.Empty;

    public Level Level { get; set; }

    public long FrequencyRank { get; set; }

    public int TopicId { get; set; }

    public Topic? Topic { get; set; }

    public string Answer { get; set; } = string.Empty;

    public string FollowUp { get; set; } = string.Empty;

    public List<string> KeyPoints { get; set; } = [];

    public List<RedFlag> RedFlags { get; set; } = [];

    public List<Attempt> Attempts { get; set; } = [];

    public DateTime CreatedAt { get; set; }

    public DateTime UpdatedAt { get; set; }

    public override string ToString() => Title;
}
