// The InterviewPrep sample: a question bank for Django REST framework interviews, built on RestFramework.
using InterviewPrep.Data;
using InterviewPrep.Views;
using Microsoft.EntityFrameworkCore;

var builder = WebApplication.CreateBuilder(args);

var connectionString = builder.Configuration.GetConnectionString("Prep") ?? "Data Source=interview-prep.db";
builder.Services.AddDbContext<PrepDbContext>(options => options.UseSqlite(connectionString));
builder.Services.AddRestFramework();

var app = builder.Build();

await using (var scope = app.Services.CreateAsyncScope())
{
    var db = scope.ServiceProvider.GetRequiredService<PrepDbContext>();
    await db.Database.EnsureCreatedAsync();
    if (app.Configuration.GetValue("Seed:Bank", true))
    {
        await BankSeeder.SeedAsync(db, Path.Combine(AppContext.BaseDirectory, "Data", "question-bank.json"));
    }
}

app.UseRouting();
app.MapView<ApiRootView>("api/{version:regex(^v[12]$)}/", "api-root");
app.MapView<TopicListView>("api/{version:regex(^v[12]$)}/topics/", "topic-list");
app.MapView<StudyPlanView>("api/{version:regex(^v[12]$)}/study-plan/", "study-plan");

await app.RunAsync();

/// <summary>The entry point, public so tests can host the app.</summary>
public partial class Program;
