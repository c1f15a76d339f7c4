// Provides the first reading of a question CSV file: valid UTF-8, its columns, its row count and the titles and topics it names.
using System.Text;
using RestFramework.Fields;

namespace InterviewPrep.Domain;

/// <summary>
/// A question CSV file read once from start to end without keeping its rows: what the import needs to load in advance (the titles
/// and topic slugs the rows name), then opened again to import row by row.
/// </summary>
public sealed class QuestionImportFile
{
    private readonly Func<Stream> _open;

    private QuestionImportFile(Func<Stream> open, IReadOnlyList<string> columns, int rowCount, HashSet<string> titles, HashSet<string> topics)
    {
        _open = open;
        Columns = columns;
        RowCount = rowCount;
        Titles = titles;
        TopicSlugs = topics;
    }

    /// <summary>The column names of the header, trimmed.</summary>
    public IReadOnlyList<string> Columns { get; }

    /// <summary>The number of data rows.</summary>
    public int RowCount { get; }

    /// <summary>Every <c>title</c> cell as written and stripped as Python strips it (the instance is found by the first, uniqueness checked on the second).</summary>
    public IReadOnlySet<string> Titles { get; }

    /// <summary>Every <c>topic</c> cell.</summary>
    public IReadOnlySet<string> TopicSlugs { get; }

    /// <summary>The required columns the header lacks, sorted.</summary>
    public IReadOnlyList<string> MissingColumns => QuestionRows.Missing(Columns);

    /// <summary>Reads the file that <paramref name="open"/> opens (each call a new stream from the start); null when it is not valid UTF-8.</summary>
    public static QuestionImportFile? Scan(Func<Stream> open)
    {
        ArgumentNullException.ThrowIfNull(open);
        try
        {
            using var reader = CsvDictReader.Open(open());
            var titles = new HashSet<string>(StringComparer.Ordinal);
            var topics = new HashSet<string>(StringComparer.Ordinal);
            var complete = QuestionRows.Missing(reader.Columns).Count == 0;
            var count = 0;
            // The whole file is decoded even when columns are missing: a file that is not UTF-8 is reported as such first.
            while (reader.ReadRow() is { } row)
            {
                count++;
                if (complete)
                {
                    var title = row["title"];
                    titles.Add(title);
                    titles.Add(PythonText.Strip(title));
                    topics.Add(row["topic"]);
                }
            }
            return new QuestionImportFile(open, reader.Columns, count, titles, topics);
        }
        catch (DecoderFallbackException)
        {
            return null;
        }
    }

    /// <summary>Opens the file again to read its rows.</summary>
    public CsvDictReader OpenRows() => CsvDictReader.Open(_open());
}
