using System.Text;
using RestFramework.Testing;

namespace InterviewPrep.Tests.Api;

public sealed class ImportTests
{
    private const string Header = "title,level,frequency_rank,topic,answer,follow_up,key_points,red_flags\n";

    private static Dictionary<string, object?> Upload(string csv) => new() { ["file"] = new ApiFile("bank.csv", Encoding.UTF8.GetBytes(csv), "text/csv") };

    [Fact]
    public async Task Import_creates_and_updates_by_title()
    {
        await using var app = new PrepFactory();
        using var admin = await app.ClientForAsync(PrepFactory.AdminName);
        var csv = Header
            + "What is a CSV import?,junior,31,fundamentals,Rows become questions.,Which rows?, rows ; ;columns ,no idea\n"
            + "\"What is Django REST framework, and why use it instead of plain Django?\",junior,1,fundamentals,Updated.,,serializ,\n";

        var response = await admin.PostAsync("/api/v1/questions/import/", Upload(csv), format: "multipart");
        var created = (await admin.GetAsync("/api/v1/questions/?frequency_rank__gte=31")).Json()!["results"]![0]!;

        Assert.Equal((200, "{\"created\":1,\"updated\":1,\"errors\":[]}"), (response.StatusCode, response.Text));
        Assert.Equal("[\"rows\",\"columns\"]", created["key_points"]!.ToJsonString());
        Assert.Equal(["no idea"], created["red_flags"]!.AsArray().Select(f => f!["text"]!.GetValue<string>()));
    }

    [Fact]
    public async Task A_failing_row_leaves_the_database_unchanged()
    {
        await using var app = new PrepFactory();
        using var admin = await app.ClientForAsync(PrepFactory.AdminName);
        var csv = Header + "Is this row fine?,junior,33,fundamentals,Yes.,,,\n" + "No question mark,expert,0,nope,,,,\n";

        var response = await admin.PostAsync("/api/v1/questions/import/", Upload(csv), format: "multipart");
        var count = (await admin.GetAsync("/api/v1/questions/?page_size=1")).Json()!["count"]!.GetValue<int>();

        Assert.Equal(400, response.StatusCode);
        Assert.Equal(
            "{\"created\":0,\"updated\":0,\"errors\":[{\"row\":2,\"errors\":{\"title\":[\"Questions must end with a question mark.\"],\"level\":[\"\\\"expert\\\" is not a valid choice.\"],\"frequency_rank\":[\"Ensure this value is greater than or equal to 1.\"],\"topic\":[\"Object with slug=nope does not exist.\"],\"answer\":[\"This field may not be blank.\"]}}]}",
            response.Text);
        Assert.Equal(23, count);
    }

    [Fact]
    public async Task Dry_run_validates_and_counts_without_writing()
    {
        await using var app = new PrepFactory();
        using var admin = await app.ClientForAsync(PrepFactory.AdminName);

        var response = await admin.PostAsync("/api/v1/questions/import/?dry_run=true", Upload(Header + "Is a dry run free?,junior,40,fundamentals,Yes.,,,\n"), format: "multipart");
        var count = (await admin.GetAsync("/api/v1/questions/?page_size=1")).Json()!["count"]!.GetValue<int>();

        Assert.Equal("{\"created\":1,\"updated\":0,\"errors\":[]}", response.Text);
        Assert.Equal(23, count);
    }

    [Theory]
    [InlineData("title,answer\nA?,B\n", "{\"file\":[\"Missing columns: frequency_rank, level, topic.\"]}")]
    [InlineData(null, "{\"file\":[\"File is not valid UTF-8 CSV.\"]}")]
    public async Task File_level_errors_name_the_problem(string? csv, string errors)
    {
        await using var app = new PrepFactory();
        using var admin = await app.ClientForAsync(PrepFactory.AdminName);
        var bytes = csv is null ? [0x74, 0xFF, 0x0A] : Encoding.UTF8.GetBytes(csv);

        var response = await admin.PostAsync("/api/v1/questions/import/", new Dictionary<string, object?> { ["file"] = new ApiFile("x.csv", bytes) }, format: "multipart");

        Assert.Equal((400, errors), (response.StatusCode, response.Text));
    }

    [Fact]
    public async Task No_file_and_non_multipart_bodies_are_refused()
    {
        await using var app = new PrepFactory();
        using var admin = await app.ClientForAsync(PrepFactory.AdminName);

        var noFile = await admin.PostAsync("/api/v1/questions/import/", new Dictionary<string, object?> { ["other"] = "x" }, format: "multipart");
        var json = await admin.PostAsync("/api/v1/questions/import/", new { file = "x" });

        Assert.Equal((400, "{\"file\":[\"No file was submitted.\"]}"), (noFile.StatusCode, noFile.Text));
        Assert.Equal((415, "{\"detail\":\"Unsupported media type \\\"application/json\\\" in request.\"}"), (json.StatusCode, json.Text));
    }
}
