// Provides the reading of a CSV stream into rows keyed by column name, one row at a time, as Python's csv.DictReader does.
using System.Text;

namespace InterviewPrep.Domain;

/// <summary>Reads a CSV header, then each data row as name → value, holding one row at a time.</summary>
/// <remarks>
/// Blank lines are skipped; a short row gives empty values for the missing columns and a long row's extra values are dropped.
/// Column names are trimmed. Bytes are decoded as strict UTF-8: invalid bytes throw <see cref="DecoderFallbackException"/> when the
/// decoder reaches them (from <see cref="Open"/> for the first block of the stream, from <see cref="ReadRow"/> after it).
/// </remarks>
public sealed class CsvDictReader : IDisposable
{
    private readonly TextReader _text;
    private readonly CsvRecordReader _records;

    private CsvDictReader(TextReader text)
    {
        _text = text;
        _records = new CsvRecordReader(text);
        var header = NextRecord();
        Columns = header is null ? [] : header.Select(c => c.Trim()).ToList();
    }

    /// <summary>The column names of the header, trimmed; none for an empty file.</summary>
    public IReadOnlyList<string> Columns { get; }

    /// <summary>Reads CSV text.</summary>
    public static CsvDictReader Over(TextReader text) => new(text);

    /// <summary>Reads UTF-8 bytes (a leading byte-order mark is skipped) from <paramref name="stream"/>, which the reader then owns.</summary>
    /// <exception cref="DecoderFallbackException">The first block read is not valid UTF-8.</exception>
    public static CsvDictReader Open(Stream stream)
    {
        var text = new StreamReader(stream, new UTF8Encoding(false, throwOnInvalidBytes: true), detectEncodingFromByteOrderMarks: false, bufferSize: 64 * 1024);
        try
        {
            if (text.Peek() == '\uFEFF')
            {
                text.Read();
            }
            return new CsvDictReader(text);
        }
        catch
        {
            text.Dispose();
            throw;
        }
    }

    /// <summary>Reads the next data row; null at the end.</summary>
    /// <exception cref="DecoderFallbackException">The bytes are not valid UTF-8.</exception>
    public IReadOnlyDictionary<string, string>? ReadRow()
    {
        if (NextRecord() is not { } record)
        {
            return null;
        }
        var row = new Dictionary<string, string>(Columns.Count, StringComparer.Ordinal);
        for (var i = 0; i < Columns.Count; i++)
        {
            row[Columns[i]] = i < record.Count ? record[i] : string.Empty;
        }
        return row;
    }

    /// <inheritdoc />
    public void Dispose() => _text.Dispose();

    private List<string>? NextRecord()
    {
        while (_records.Read() is { } record)
        {
            if (record.Count > 0)
            {
                return record;
            }
        }
        return null;
    }
}
