// Provides the RedFlag entity: a phrase that signals a shallow answer.
namespace InterviewPrep.Models;

/// <summary>A red flag of a question, kept in the order given (by id).</summary>
public sealed class RedFlag
{
    public int Id { get; set; }

    public int QuestionId { get; set; }

    public Question? Question { get; set; }

    public string Text { get; set; } = string.Empty;

    public override string ToString() => Text;
}
