// Provides the seniority levels of questions.
namespace InterviewPrep.Models;

/// <summary>The seniority a question targets; stored and rendered as <c>junior</c>, <c>mid</c>, <c>senior</c>.</summary>
public enum Level
{
    /// <summary>Junior.</summary>
    Junior,

    /// <summary>Mid.</summary>
    Mid,

    /// <summary>Senior.</summary>
    Senior,
}
