using Microsoft.Playwright;

namespace RestFramework.BrowserTests;

public sealed class BrowsableApiBrowserTests(BrowserFixture fixture) : IClassFixture<BrowserFixture>
{
    private static async Task ShotAsync(IPage page, string name) =>
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(BrowserFixture.ScreenshotDirectory, name + ".png"), FullPage = true });

    private static async Task<string> TextAsync(IPage page, string selector) => await page.Locator(selector).First.InnerTextAsync();

    [Fact]
    public async Task A_visitor_browses_pages_logs_in_creates_a_topic_sees_an_inline_error_and_logs_out()
    {
        await using var app = await BrowserApp.StartAsync();
        await using var context = await fixture.Browser.NewContextAsync();
        var page = await context.NewPageAsync();

        // The API root lists the resources as links.
        await page.GotoAsync(app.Url + "/api/");
        Assert.Equal("Api Root", await TextAsync(page, "h1"));
        Assert.Contains("HTTP 200 OK", await TextAsync(page, ".response-info"));
        Assert.Equal("Log in", await TextAsync(page, "#login-link"));
        await ShotAsync(page, "01-api-root");

        // Following a link opens the question list, paginated two by two.
        await page.GetByRole(AriaRole.Link, new() { Name = app.Url + "/api/questions/", Exact = true }).ClickAsync();
        Assert.Equal("Question List", await TextAsync(page, "h1"));
        Assert.Equal(["Api Root", "Question List"], await page.Locator(".breadcrumb li").AllInnerTextsAsync());
        Assert.Contains("What is a B-tree?", await TextAsync(page, ".response-info"));
        Assert.DoesNotContain("isolation level", await TextAsync(page, ".response-info"));
        await ShotAsync(page, "02-question-list");

        // Next pages forward; previous comes back.
        await page.ClickAsync("#next-page");
        Assert.EndsWith("/api/questions/?page=2", page.Url);
        Assert.Contains("What is an isolation level?", await TextAsync(page, ".response-info"));
        await page.ClickAsync("#next-page");
        Assert.Contains("What is a covering index?", await TextAsync(page, ".response-info"));
        Assert.Equal(0, await page.Locator("#next-page").CountAsync());
        await ShotAsync(page, "03-question-page-3");
        await page.ClickAsync("#previous-page");
        Assert.EndsWith("/api/questions/?page=2", page.Url);

        // Anonymous visitors get no write form on topics.
        await page.GotoAsync(app.Url + "/api/topics/");
        Assert.Equal(0, await page.Locator("#post-form").CountAsync());

        // Log in through the login page and come back.
        await page.ClickAsync("#login-link");
        Assert.Equal("Log in", await TextAsync(page, "h1"));
        await page.FillAsync("#id_username", BrowserApp.StaffUser);
        await page.FillAsync("#id_password", "wrong");
        await page.ClickAsync("#submit-id-submit");
        Assert.Contains("Please enter a correct username and password.", await TextAsync(page, ".alert-danger"));
        await page.FillAsync("#id_password", BrowserApp.StaffPassword);
        await ShotAsync(page, "04-login");
        await page.ClickAsync("#submit-id-submit");
        Assert.EndsWith("/api/topics/", page.Url);
        Assert.Equal(BrowserApp.StaffUser, await TextAsync(page, "#current-user"));
        await ShotAsync(page, "05-logged-in-topics");

        // Create a topic through the generated form.
        await page.FillAsync("#post-form #id_name", "Graphs");
        await page.FillAsync("#post-form #id_description", "BFS, DFS & <shortest> paths");
        await page.ClickAsync("#post-form button[type=submit]");
        Assert.Contains("HTTP 201 Created", await TextAsync(page, ".response-info"));
        Assert.Contains("\"name\": \"Graphs\"", await TextAsync(page, ".response-info"));
        Assert.Contains("\"description\": \"BFS, DFS & <shortest> paths\"", await TextAsync(page, ".response-info"));
        await ShotAsync(page, "06-topic-created");

        // A bad submit shows the error next to its field, with the submitted values kept.
        await page.GotoAsync(app.Url + "/api/topics/");
        await page.FillAsync("#post-form #id_name", "Graphs");
        await page.FillAsync("#post-form #id_description", "Again");
        await page.ClickAsync("#post-form button[type=submit]");
        Assert.Contains("HTTP 400 Bad Request", await TextAsync(page, ".response-info"));
        Assert.Equal("topic with this name already exists.", await TextAsync(page, "#post-form .has-error .help-block.error"));
        Assert.Equal("Graphs", await page.InputValueAsync("#post-form #id_name"));
        Assert.Equal("Again", await page.InputValueAsync("#post-form #id_description"));
        await ShotAsync(page, "07-inline-validation-error");

        // Log out: back on the page, anonymous again.
        await page.ClickAsync("#logout-link");
        Assert.EndsWith("/api/topics/", page.Url);
        Assert.Equal("Log in", await TextAsync(page, "#login-link"));
        Assert.Equal(0, await page.Locator("#post-form").CountAsync());
        await ShotAsync(page, "08-logged-out");
    }

    [Fact]
    public async Task Pages_read_with_javascript_off()
    {
        await using var app = await BrowserApp.StartAsync();
        await using var context = await fixture.Browser.NewContextAsync(new BrowserNewContextOptions { JavaScriptEnabled = false });
        var page = await context.NewPageAsync();

        await page.GotoAsync(app.Url + "/api/topics/1/");

        Assert.Equal("Topic Instance", await TextAsync(page, "h1"));
        Assert.Contains("\"name\": \"Algorithms\"", await TextAsync(page, ".response-info"));
        var text = await TextAsync(page, ".response-info");
        Assert.True(text.Contains("Sorting, searching and <b>complexity</b>", StringComparison.Ordinal) || text.Contains("Sorting, searching and \\u003Cb\\u003Ecomplexity", StringComparison.Ordinal), text);
        Assert.Equal(0, await page.Locator(".response-info b", new() { HasText = "complexity" }).CountAsync());
        Assert.Equal("rgb(44, 44, 44)", await page.Locator(".navbar").EvaluateAsync<string>("e => getComputedStyle(e).backgroundColor"));
        await ShotAsync(page, "09-detail-without-javascript");
    }

    [Fact]
    public async Task Put_form_updates_through_the_script_and_options_shows_metadata()
    {
        await using var app = await BrowserApp.StartAsync();
        await using var context = await fixture.Browser.NewContextAsync();
        var page = await context.NewPageAsync();
        await page.GotoAsync(app.Url + "/api-auth/login/?next=/api/topics/2/");
        await page.FillAsync("#id_username", BrowserApp.StaffUser);
        await page.FillAsync("#id_password", BrowserApp.StaffPassword);
        await page.ClickAsync("#submit-id-submit");

        Assert.Equal("Databases", await page.InputValueAsync("#put-form #id_name"));
        await page.FillAsync("#put-form #id_description", "Indexes, transactions and MVCC");
        await page.ClickAsync("#put-form button[type=submit]");
        await page.WaitForSelectorAsync("text=MVCC");
        Assert.Contains("<b>PUT</b>", await page.Locator(".request-info").InnerHTMLAsync());
        Assert.Contains("\"description\": \"Indexes, transactions and MVCC\"", await TextAsync(page, ".response-info"));

        await page.ClickAsync("#options-button");
        await page.WaitForSelectorAsync(".request-info:has-text('OPTIONS')");
        Assert.Contains("\"actions\"", await TextAsync(page, ".response-info"));
        await ShotAsync(page, "10-options");
    }
}
