// Provides the app the browser drives: Kestrel on a loopback port, a router, session login with CSRF, a staff user and seeded data.
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using RestFramework.Authentication;
using RestFramework.Pagination;
using RestFramework.Routers;

namespace RestFramework.BrowserTests;

public sealed class BrowserApp : IAsyncDisposable
{
    public const string StaffUser = "admin";

    public const string StaffPassword = "correct horse";

    private readonly WebApplication _app;
    private readonly SqliteConnection _connection;

    private BrowserApp(WebApplication app, SqliteConnection connection, string url)
    {
        _app = app;
        _connection = connection;
        Url = url;
    }

    /// <summary>The app's base URL, such as <c>http://127.0.0.1:41234</c>.</summary>
    public string Url { get; }

    public static async Task<BrowserApp> StartAsync()
    {
        var connection = new SqliteConnection("Data Source=:memory:");
        await connection.OpenAsync();
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseKestrel().UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        builder.Services.AddDbContext<BrowserAppDb>(o => o.UseSqlite(connection));
        builder.Services.AddRestFramework(o =>
        {
            o.DefaultAuthentication = [typeof(SessionAuthentication)];
            o.DefaultPagination = typeof(PageNumberPagination);
            o.PageSize = 2;
        });
        builder.Services.AddRestFrameworkAuthentication<BrowserAppDb>();
        builder.Services.AddRestFrameworkSession();
        builder.Services.Configure<Microsoft.AspNetCore.Identity.PasswordHasherOptions>(o => o.IterationCount = 1000);
        var app = builder.Build();
        app.UseRouting();
        app.MapRouter("api", new DefaultRouter().Register<TopicViewSet>("topics", "topic").Register<QuestionViewSet>("questions", "question"));
        app.MapBrowsableApiAuth();
        app.MapBrowsableApiAssets();
        app.MapOpenApiDocument(s => s.Title = "Interview prep");
        await SeedAsync(app.Services);
        await app.StartAsync();
        return new BrowserApp(app, connection, app.Urls.First().TrimEnd('/'));
    }

    private static async Task SeedAsync(IServiceProvider services)
    {
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<BrowserAppDb>();
        await db.Database.EnsureCreatedAsync();
        var algorithms = new Topic { Name = "Algorithms", Description = "Sorting, searching and <b>complexity</b>" };
        var databases = new Topic { Name = "Databases", Description = "Indexes and transactions" };
        db.Topics.Add(algorithms);
        db.Topics.Add(databases);
        await db.SaveChangesAsync();
        db.AddRange(
            new Question { Title = "What is a B-tree?", Topic = databases },
            new Question { Title = "Explain quicksort", Topic = algorithms },
            new Question { Title = "What is an isolation level?", Topic = databases },
            new Question { Title = "Binary search on a rotated array", Topic = algorithms },
            new Question { Title = "What is a covering index?", Topic = databases });
        await db.SaveChangesAsync();
        await scope.ServiceProvider.GetRequiredService<IUserStore>().CreateUserAsync(StaffUser, StaffPassword, "admin@example.com", isStaff: true);
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
        await _connection.DisposeAsync();
    }
}
