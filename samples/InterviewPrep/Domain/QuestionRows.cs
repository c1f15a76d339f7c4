// Provides the turning of CSV rows into the question serializer's input.
using System.Text.Json.Nodes;

namespace InterviewPrep.Domain;

/// <summary>Turns CSV rows into the question serializer's input, as the reference's <c>question_data_from_row</c> does.</summary>
internal static class QuestionRows
{
    /// <summary>The columns every file needs, sorted as the missing-columns message lists them.</summary>
    public static readonly string[] RequiredColumns = ["answer", "frequency_rank", "level", "title", "topic"];

    private static readonly string[] Required = ["title", "level", "frequency_rank", "topic", "answer"];

    /// <summary>The required columns that <paramref name="columns"/> lacks, sorted.</summary>
    public static List<string> Missing(IReadOnlyList<string> columns) => RequiredColumns.Where(c => !columns.Contains(c)).ToList();

    public static JsonObject ToInput(IReadOnlyDictionary<string, string> row)
    {
        var data = new JsonObject();
        foreach (var name in Required)
        {
            data[name] = row[name];
        }
        if (row.TryGetValue("follow_up", out var followUp))
        {
            data["follow_up"] = followUp;
        }
        if (row.TryGetValue("key_points", out var keyPoints))
        {
            data["key_points"] = new JsonArray(Split(keyPoints).Select(p => (JsonNode?)p).ToArray());
        }
        if (row.TryGetValue("red_flags", out var redFlags))
        {
            data["red_flags"] = new JsonArray(Split(redFlags).Select(t => (JsonNode?)new JsonObject { ["text"] = t }).ToArray());
        }
        return data;
    }

    private static IEnumerable<string> Split(string cell) =>
        cell.Split(';').Select(item => item.Trim()).Where(item => item.Length > 0);
}
