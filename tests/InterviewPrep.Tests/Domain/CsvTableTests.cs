using System.Text;
using InterviewPrep.Domain;

namespace InterviewPrep.Tests.Domain;

public sealed class CsvTableTests
{
    [Fact]
    public void Header_names_columns_and_rows_map_by_name()
    {
        var table = CsvTable.Parse("title, level\r\nWhat?,junior\r\n\"A, \"\"quoted\"\"\nline\",mid\r\n");

        Assert.Equal(["title", "level"], table.Columns);
        Assert.Equal(2, table.Rows.Count);
        Assert.Equal("What?", table.Rows[0]["title"]);
        Assert.Equal("A, \"quoted\"\nline", table.Rows[1]["title"]);
        Assert.Equal("mid", table.Rows[1]["level"]);
    }

    [Fact]
    public void Blank_lines_are_skipped_and_short_rows_get_empty_values()
    {
        var table = CsvTable.Parse("a,b,c\n\n1\n2,3,4,5\n");

        Assert.Equal(2, table.Rows.Count);
        Assert.Equal("", table.Rows[0]["b"]);
        Assert.Equal("4", table.Rows[1]["c"]);
    }

    [Fact]
    public void Byte_order_mark_is_skipped()
    {
        var table = CsvTable.TryParse(Encoding.UTF8.GetPreamble().Concat("title\nx\n"u8.ToArray()).ToArray());

        Assert.Equal(["title"], table!.Columns);
    }

    [Fact]
    public void Invalid_utf8_is_refused()
    {
        Assert.Null(CsvTable.TryParse([0x74, 0xFF, 0x0A]));
    }

    [Fact]
    public void Empty_file_has_no_columns() => Assert.Empty(CsvTable.Parse(string.Empty).Columns);
}
