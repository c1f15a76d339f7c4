// Provides the reading of a CSV file into rows keyed by column name, as Python's csv.DictReader does.
using System.Text;

namespace InterviewPrep.Domain;

/// <summary>A CSV table held in memory: the header's column names and each data row as name → value (<see cref="CsvDictReader"/> reads one row at a time).</summary>
/// <remarks>
/// Follows Python's default (excel) dialect: commas, double quotes with doubled quotes inside, line breaks allowed inside quotes,
/// blank lines skipped; a short row gives empty values for the missing columns and a long row's extra values are dropped.
/// Column names are trimmed.
/// </remarks>
public sealed class CsvTable
{
    private CsvTable(IReadOnlyList<string> columns, IReadOnlyList<IReadOnlyDictionary<string, string>> rows)
    {
        Columns = columns;
        Rows = rows;
    }

    /// <summary>The column names of the header, trimmed.</summary>
    public IReadOnlyList<string> Columns { get; }

    /// <summary>The data rows.</summary>
    public IReadOnlyList<IReadOnlyDictionary<string, string>> Rows { get; }

    /// <summary>Decodes UTF-8 (a byte-order mark is skipped) and parses; returns null when the bytes are not valid UTF-8.</summary>
    public static CsvTable? TryParse(ReadOnlySpan<byte> bytes)
    {
        try
        {
            using var reader = CsvDictReader.Open(new MemoryStream(bytes.ToArray(), writable: false));
            return ReadAll(reader);
        }
        catch (DecoderFallbackException)
        {
            return null;
        }
    }

    /// <summary>Parses CSV text.</summary>
    public static CsvTable Parse(string text)
    {
        using var reader = CsvDictReader.Over(new StringReader(text));
        return ReadAll(reader);
    }

    private static CsvTable ReadAll(CsvDictReader reader)
    {
        var rows = new List<IReadOnlyDictionary<string, string>>();
        while (reader.ReadRow() is { } row)
        {
            rows.Add(row);
        }
        return new CsvTable(reader.Columns, rows);
    }
}
