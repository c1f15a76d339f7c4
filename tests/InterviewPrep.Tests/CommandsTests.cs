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
    public async Task Create_user_refuses_an_existing_name()
    {
        await using var app = new PrepFactory();

        var (created, _) = await RunAsync(app, "create-user", "carol", "pw-123456");
        var (again, _) = await RunAsync(app, "create-user", "carol", "pw-123456");

        Assert.Equal((0, 1), (created, again));
    }
}
