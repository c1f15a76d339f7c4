using InterviewPrep.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace InterviewPrep.Tests;

public sealed class CommandsTests
{
    private static async Task<(int Exit, int Questions)> RunAsync(PrepFactory app, params string[] args)
    {
        var exit = await Commands.RunAsync(app.Services, app.Services.GetRequiredService<IConfiguration>(), args);
        await using var scope = app.Services.CreateAsyncScope();
        return (exit, await scope.ServiceProvider.GetRequiredService<PrepDbContext>().Questions.CountAsync());
    }

    [Fact]
    public async Task Import_questions_adds_every_row_of_a_valid_file()
    {
        await using var app = new PrepFactory();
        var path = Path.GetTempFileName();
        await File.WriteAllTextAsync(path, "title,level,frequency_rank,topic,answer,key_points\nWhat is a CLI import?,junior,40,fundamentals,Rows.,a;b\n");

        var (exit, questions) = await RunAsync(app, "import-questions", path);

        Assert.Equal((0, 24), (exit, questions));
    }

    [Fact]
    public async Task Import_questions_writes_nothing_when_a_row_is_invalid()
    {
        await using var app = new PrepFactory();
        var path = Path.GetTempFileName();
        await File.WriteAllTextAsync(path, "title,level,frequency_rank,topic,answer\nIs this fine?,junior,40,fundamentals,Yes.\nNo mark,junior,41,fundamentals,No.\n");

        var (exit, questions) = await RunAsync(app, "import-questions", path);

        Assert.Equal((1, 23), (exit, questions));
    }

    [Fact]
    public async Task Import_questions_reports_progress_on_stderr_and_a_summary()
    {
        await using var app = new PrepFactory();
        var path = Path.GetTempFileName();
        await File.WriteAllTextAsync(path, Support.ImportCsv.Rows(20_000));
        var (error, output) = (new StringWriter(), new StringWriter());
        var (stderr, stdout) = (Console.Error, Console.Out);
        Console.SetError(error);
        Console.SetOut(output);
        (int Exit, int Questions) outcome;
        try
        {
            outcome = await RunAsync(app, "import-questions", path, "--dry-run");
        }
        finally
        {
            Console.SetError(stderr);
            Console.SetOut(stdout);
            File.Delete(path);
        }

        Assert.Equal((0, 23), outcome);
        Assert.Contains("10000/20000 rows validated", error.ToString(), StringComparison.Ordinal);
        Assert.Contains("20000/20000 rows validated", error.ToString(), StringComparison.Ordinal);
        Assert.Matches(@"dry run: 20000 to create, 0 to update \(20000 rows, [0-9.]+ s\)\.", output.ToString());
    }

    [Fact]
    public async Task Import_questions_prints_each_invalid_row_as_the_api_renders_it()
    {
        await using var app = new PrepFactory();
        var path = Path.GetTempFileName();
        await File.WriteAllTextAsync(path, "title,level,frequency_rank,topic,answer\nIs this fine?,junior,40,fundamentals,Yes.\nNo mark,junior,0,fundamentals,No.\n");
        var output = new StringWriter();
        var stdout = Console.Out;
        Console.SetOut(output);
        (int Exit, int Questions) outcome;
        try
        {
            outcome = await RunAsync(app, "import-questions", path);
        }
        finally
        {
            Console.SetOut(stdout);
            File.Delete(path);
        }

        Assert.Equal((1, 23), outcome);
        Assert.Contains("row 2: {\"title\":[\"Questions must end with a question mark.\"],\"frequency_rank\":[\"Ensure this value is greater than or equal to 1.\"]}", output.ToString(), StringComparison.Ordinal);
        Assert.Matches(@"1 invalid rows of 2: nothing imported \([0-9.]+ s\)\.", output.ToString());
    }

    [Fact]
    public async Task Create_user_refuses_an_existing_name()
    {
        await using var app = new PrepFactory();

        var (created, _) = await RunAsync(app, "create-user", "carol", "pw-123456");
        var (again, _) = await RunAsync(app, "create-user", "carol", "pw-123456");

        Assert.Equal((0, 1), (created, again));
    }
}
