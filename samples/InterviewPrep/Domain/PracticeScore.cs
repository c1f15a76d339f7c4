// Provides the scoring of a practice answer against a question's key points and red flags.
using RestFramework.Fields;

namespace InterviewPrep.Domain;

/// <summary>The feedback on one answer: a score from 0 to 100, the key points covered and missing, the red flags hit.</summary>
public sealed record PracticeScore(int Score, IReadOnlyList<string> Covered, IReadOnlyList<string> Missing, IReadOnlyList<string> RedFlagsHit)
{
    private const int RedFlagPenalty = 10;

    /// <summary>Scores <paramref name="answer"/> as the contract's "Practice feedback" says.</summary>
    /// <remarks>
    /// A key point is covered when any of its <c>|</c>-separated alternatives (trimmed, lower-cased) occurs in the lower-cased answer;
    /// a red flag is hit when its lower-cased text occurs. Trimming and lower-casing are Python's (<see cref="PythonText"/>). Score = 100 * covered // total (0 without key points), minus 10 a red flag, at least 0.
    /// </remarks>
    public static PracticeScore Evaluate(string answer, IReadOnlyList<string> keyPoints, IReadOnlyList<string> redFlags)
    {
        var text = PythonText.Lower(answer);
        var covered = new List<string>();
        var missing = new List<string>();
        foreach (var point in keyPoints)
        {
            var alternatives = point.Split('|').Select(a => PythonText.Lower(PythonText.Strip(a)));
            (alternatives.Any(a => text.Contains(a, StringComparison.Ordinal)) ? covered : missing).Add(point);
        }
        var hit = redFlags.Where(flag => text.Contains(PythonText.Lower(flag), StringComparison.Ordinal)).ToList();
        var score = keyPoints.Count == 0 ? 0 : 100 * covered.Count / keyPoints.Count;
        return new PracticeScore(Math.Max(0, score - (RedFlagPenalty * hit.Count)), covered, missing, hit);
    }
}
