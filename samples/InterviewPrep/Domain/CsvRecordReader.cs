// Provides the reading of CSV records one at a time from text, as Python's csv.reader does with the default (excel) dialect.
using System.Text;

namespace InterviewPrep.Domain;

/// <summary>Reads the records of CSV text one by one, without holding more than the current record.</summary>
/// <remarks>
/// Commas, double quotes with doubled quotes inside, line breaks (LF, CR or CRLF) allowed inside quotes. A blank line is an empty
/// record. A byte-order mark is not skipped here: <see cref="CsvDictReader.Open"/> skips it when it decodes bytes.
/// </remarks>
public sealed class CsvRecordReader(TextReader reader)
{
    private readonly char[] _buffer = new char[16 * 1024];
    private readonly StringBuilder _field = new();
    private int _position;
    private int _length;

    /// <summary>Reads the next record: its fields, none for a blank line; null at the end of the text.</summary>
    /// <exception cref="DecoderFallbackException">The underlying reader met bytes that are not valid in its encoding.</exception>
    public List<string>? Read()
    {
        var record = new List<string>();
        var inQuotes = false;
        var fieldStarted = false;
        _field.Clear();
        while (true)
        {
            var next = Next();
            if (next < 0)
            {
                break;
            }
            var c = (char)next;
            if (inQuotes)
            {
                if (c != '"')
                {
                    _field.Append(c);
                }
                else if (Peek() == '"')
                {
                    _field.Append('"');
                    _position++;
                }
                else
                {
                    inQuotes = false;
                }
                continue;
            }
            switch (c)
            {
                case '"' when _field.Length == 0:
                    inQuotes = true;
                    fieldStarted = true;
                    break;
                case ',':
                    record.Add(_field.ToString());
                    _field.Clear();
                    fieldStarted = true;
                    break;
                case '\r' or '\n':
                    if (c == '\r' && Peek() == '\n')
                    {
                        _position++;
                    }
                    if (fieldStarted || _field.Length > 0 || record.Count > 0)
                    {
                        record.Add(_field.ToString());
                    }
                    return record;
                default:
                    _field.Append(c);
                    fieldStarted = true;
                    break;
            }
        }
        if (fieldStarted || _field.Length > 0 || record.Count > 0)
        {
            record.Add(_field.ToString());
            return record;
        }
        return null;
    }

    private int Next()
    {
        if (_position == _length && !Fill())
        {
            return -1;
        }
        return _buffer[_position++];
    }

    private int Peek() => _position < _length || Fill() ? _buffer[_position] : -1;

    private bool Fill()
    {
        _length = reader.Read(_buffer, 0, _buffer.Length);
        _position = 0;
        if (_length > 0)
        {
            return true;
        }
        _length = 0;
        return false;
    }
}
