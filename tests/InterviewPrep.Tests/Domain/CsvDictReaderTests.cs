using System.Text;
using InterviewPrep.Domain;

namespace InterviewPrep.Tests.Domain;

public sealed class CsvDictReaderTests
{
    /// <summary>A stream that counts the bytes read from it.</summary>
    private sealed class CountingStream(byte[] bytes) : MemoryStream(bytes, writable: false)
    {
        public long BytesRead { get; private set; }

        public override int Read(byte[] buffer, int offset, int count)
        {
            var read = base.Read(buffer, offset, count);
            BytesRead += read;
            return read;
        }

        public override int Read(Span<byte> buffer)
        {
            var read = base.Read(buffer);
            BytesRead += read;
            return read;
        }
    }

    private static List<IReadOnlyDictionary<string, string>> ReadAll(CsvDictReader reader)
    {
        var rows = new List<IReadOnlyDictionary<string, string>>();
        while (reader.ReadRow() is { } row)
        {
            rows.Add(row);
        }
        return rows;
    }

    [Fact]
    public void Rows_are_read_one_at_a_time_from_the_stream()
    {
        var csv = new StringBuilder("title,level\n");
        for (var i = 0; i < 200_000; i++)
        {
            csv.Append($"Question {i}?,junior\n");
        }
        var stream = new CountingStream(Encoding.UTF8.GetBytes(csv.ToString()));
        using var reader = CsvDictReader.Open(stream);

        var first = reader.ReadRow()!;

        Assert.Equal("Question 0?", first["title"]);
        Assert.True(stream.BytesRead < 200_000, $"{stream.BytesRead} of {stream.Length} bytes read for the first row");
    }

    [Fact]
    public void Quoted_fields_and_line_breaks_may_span_the_read_buffer()
    {
        var longText = new string('x', 40_000) + "\"\"" + new string('y', 20_000);
        var csv = $"a,b\r\n\"{longText}\r\nnext\",2\r\nlast,3\r";
        using var reader = CsvDictReader.Open(new MemoryStream(Encoding.UTF8.GetBytes(csv)));

        var rows = ReadAll(reader);

        Assert.Equal(2, rows.Count);
        Assert.Equal(new string('x', 40_000) + "\"" + new string('y', 20_000) + "\r\nnext", rows[0]["a"]);
        Assert.Equal(("2", "last", "3"), (rows[0]["b"], rows[1]["a"], rows[1]["b"]));
    }

    [Fact]
    public void Short_and_long_rows_blank_lines_and_trimmed_names_follow_dict_reader()
    {
        using var reader = CsvDictReader.Over(new StringReader(" a , b\n\n\n1\n2,3,4\r\r\n\"\",\"\"\n"));

        var rows = ReadAll(reader);

        Assert.Equal(["a", "b"], reader.Columns);
        Assert.Equal([("1", ""), ("2", "3"), ("", "")], rows.Select(r => (r["a"], r["b"])));
    }

    [Fact]
    public void A_byte_order_mark_is_skipped_once()
    {
        var bytes = Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetPreamble()).Concat("t\nx\n"u8.ToArray()).ToArray();
        using var reader = CsvDictReader.Open(new MemoryStream(bytes));

        Assert.Equal(["\uFEFFt"], reader.Columns);
    }

    [Theory]
    [InlineData(new byte[] { 0x74, 0x0A, 0x61, 0xFF, 0x0A })]
    [InlineData(new byte[] { 0x74, 0x0A, 0x61, 0xE2, 0x82 })]
    [InlineData(new byte[] { 0x74, 0x0A, 0xED, 0xA0, 0x80, 0x0A })]
    public void Invalid_utf8_throws_as_it_is_read(byte[] bytes)
    {
        Assert.Throws<DecoderFallbackException>(() =>
        {
            using var reader = CsvDictReader.Open(new MemoryStream(bytes));
            ReadAll(reader);
        });
        Assert.Null(CsvTable.TryParse(bytes));
    }

    [Fact]
    public void Invalid_utf8_far_into_a_file_is_found_by_the_scan_of_an_import()
    {
        var bytes = Encoding.UTF8.GetBytes("title,level,frequency_rank,topic,answer\n" + string.Concat(Enumerable.Repeat("A?,junior,1,views,B\n", 10_000)))
            .Concat(new byte[] { 0xC3, 0x28, 0x0A }).ToArray();

        Assert.Null(QuestionImportFile.Scan(() => new MemoryStream(bytes)));
    }

    [Fact]
    public void The_scan_of_an_import_names_missing_columns_and_counts_rows()
    {
        var file = QuestionImportFile.Scan(() => new MemoryStream("title,answer\nA?,B\n\nC?,D\n"u8.ToArray()))!;

        Assert.Equal(["frequency_rank", "level", "topic"], file.MissingColumns);
        Assert.Equal(2, file.RowCount);
    }
}
