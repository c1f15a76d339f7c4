// Provides the reading of a CSV file into rows keyed by column name, as Python's csv.DictReader does.
using System.Text;

namespace InterviewPrep.Domain;

/// <summary>A CSV table: the header's column names and each data row as name → value.</summary>
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
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
        {
            bytes = bytes[3..];
        }
        string text;
        try
        {
            text = new UTF8Encoding(false, throwOnInvalidBytes: true).GetString(bytes);
        }
        catch (DecoderFallbackException)
        {
            return null;
        }
        return Parse(text);
    }

    /// <summary>Parses CSV text.</summary>
    public static CsvTable Parse(string text)
    {
        var records = ReadRecords(text).Where(r => r.Count > 0).ToList();
        if (records.Count == 0)
        {
            return new CsvTable([], []);
        }
        var columns = records[0].Select(c => c.Trim()).ToList();
        var rows = new List<IReadOnlyDictionary<string, string>>();
        foreach (var record in records.Skip(1))
        {
            var row = new Dictionary<string, string>(StringComparer.Ordinal);
            for (var i = 0; i < columns.Count; i++)
            {
                row[columns[i]] = i < record.Count ? record[i] : string.Empty;
            }
            rows.Add(row);
        }
        return new CsvTable(columns, rows);
    }

    private static IEnumerable<List<string>> ReadRecords(string text)
    {
        var record = new List<string>();
        var field = new StringBuilder();
        var inQuotes = false;
        var fieldStarted = false;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (inQuotes)
            {
                if (c == '"')
                {
                    if (i + 1 < text.Length && text[i + 1] == '"')
                    {
                        field.Append('"');
                        i++;
                    }
                    else
                    {
                        inQuotes = false;
                    }
                }
                else
                {
                    field.Append(c);
                }
                continue;
            }
            switch (c)
            {
                case '"' when field.Length == 0:
                    inQuotes = true;
                    fieldStarted = true;
                    break;
                case ',':
                    record.Add(field.ToString());
                    field.Clear();
                    fieldStarted = true;
                    break;
                case '\r' or '\n':
                    if (c == '\r' && i + 1 < text.Length && text[i + 1] == '\n')
                    {
                        i++;
                    }
                    if (fieldStarted || field.Length > 0 || record.Count > 0)
                    {
                        record.Add(field.ToString());
                    }
                    yield return record;
                    record = [];
                    field.Clear();
                    fieldStarted = false;
                    break;
                default:
                    field.Append(c);
                    fieldStarted = true;
                    break;
            }
        }
        if (fieldStarted || field.Length > 0 || record.Count > 0)
        {
            record.Add(field.ToString());
            yield return record;
        }
    }
}
