using System.Text;
using InterviewPrep.Tests.Support;
using RestFramework.Testing;

namespace InterviewPrep.Tests.Api;

public sealed class ImportLargeFileTests
{
    private static Dictionary<string, object?> Upload(string csv) => new() { ["file"] = new ApiFile("bank.csv", Encoding.UTF8.GetBytes(csv), "text/csv") };

    [Theory]
    [InlineData(1)]
    [InlineData(1000)]
    [InlineData(2000)]
    public async Task An_invalid_row_first_in_the_middle_or_last_writes_nothing(int invalidRow)
    {
        await using var app = new PrepFactory();
        using var admin = await app.ClientForAsync(PrepFactory.AdminName);

        var response = await admin.PostAsync("/api/v1/questions/import/", Upload(ImportCsv.Rows(2000, invalidRow)), format: "multipart");
        var count = (await admin.GetAsync("/api/v1/questions/?page_size=1")).Json()!["count"]!.GetValue<int>();

        Assert.Equal(400, response.StatusCode);
        Assert.Equal(
            $$$"""{"created":0,"updated":0,"errors":[{"row":{{{invalidRow}}},"errors":{"title":["Questions must end with a question mark."]}}]}""",
            response.Text);
        Assert.Equal(23, count);
    }

    [Fact]
    public async Task A_file_of_2000_rows_is_imported_and_its_questions_are_served()
    {
        await using var app = new PrepFactory();
        using var admin = await app.ClientForAsync(PrepFactory.AdminName);

        var response = await admin.PostAsync("/api/v1/questions/import/", Upload(ImportCsv.Rows(2000)), format: "multipart");
        var last = (await admin.GetAsync("/api/v1/questions/?frequency_rank__gte=2100")).Json()!["results"]![0]!;

        Assert.Equal((200, """{"created":2000,"updated":0,"errors":[]}"""), (response.StatusCode, response.Text));
        Assert.Equal(("Imported question 2000, with a comma?", "[\"serializ\",\"validat\"]"), (last["title"]!.GetValue<string>(), last["key_points"]!.ToJsonString()));
        Assert.Equal(["no idea", "magic"], last["red_flags"]!.AsArray().Select(f => f!["text"]!.GetValue<string>()));
    }
}
