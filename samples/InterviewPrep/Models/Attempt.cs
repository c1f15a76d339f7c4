// Provides the Attempt entity: one practice answer and its feedback.
using RestFramework.Authentication;

namespace InterviewPrep.Models;

/// <summary>A user's practice answer to a question, scored against its key points and red flags.</summary>
public sealed class Attempt : ITimestamped
{
    public int Id { get; set; }

    public int UserId { get; set; }

    public User? User { get; set; }

    public int QuestionId { get; set; }

    public Question? Question { get; set; }

    public string Answer { get; set; } = string.Empty;

    public int Score { get; set; }

    public List<string> Covered { get; set; } = [];

    public List<string> Missing { get; set; } = [];

    public List<string> RedFlagsHit { get; set; } = [];

    public DateTime CreatedAt { get; set; }

    DateTime ITimestamped.UpdatedAt { get; set; }
}
