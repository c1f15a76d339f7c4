// Provides the turning of CSV rows into the question serializer's input.
using System.Text.Json.Nodes;
using RestFramework.Fields;

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
        var data = new List<KeyValuePair<string, JsonNode?>>(Required.Length + 3);
        foreach (var name in Required)
        {
            data.Add(new(name, JsonValue.Create(row[name])));
        }
        if (row.TryGetValue("follow_up", out var followUp))
        {
            data.Add(new("follow_up", JsonValue.Create(followUp)));
        }
        if (row.TryGetValue("key_points", out var keyPoints))
        {
            var points = new JsonArray();
            foreach (var point in Split(keyPoints))
            {
                points.Add(JsonValue.Create(point));
            }
            data.Add(new("key_points", points));
        }
        if (row.TryGetValue("red_flags", out var redFlags))
        {
            var flags = new JsonArray();
            foreach (var text in Split(redFlags))
            {
                flags.Add(new JsonObject([new("text", JsonValue.Create(text))]));
            }
            data.Add(new("red_flags", flags));
        }
        return new JsonObject(data);
    }

    // The reference's `[item.strip() for item in cell.split(";") if item.strip()]`.
    private static IEnumerable<string> Split(string cell)
    {
        foreach (var item in cell.Split(';'))
        {
            if (PythonText.Strip(item) is { Length: > 0 } stripped)
            {
                yield return stripped;
            }
        }
    }
}
