// Provides the browser and OpenAPI tests of the real InterviewPrep sample, run as its own process.
using System.Text.Json;
using Microsoft.OpenApi;
using Microsoft.OpenApi.Reader;
using Microsoft.Playwright;

namespace RestFramework.BrowserTests;

public sealed class InterviewPrepBrowserTests(BrowserFixture fixture, InterviewPrepApp app) : IClassFixture<BrowserFixture>, IClassFixture<InterviewPrepApp>
{
    /// <summary>The sample's router (Program.cs) as routes and methods: topics and questions are model viewsets (topics by slug), questions add
    /// <c>import</c> and <c>practice</c>, attempts list, read and delete, users list and read and add <c>me</c>.</summary>
    private static readonly (string Path, string[] Methods)[] RouterRoutes =
    [
        ("auth/signup/", ["POST"]),
        ("auth/token/", ["POST"]),
        ("study-plan/", ["GET"]),
        ("topics/", ["GET", "POST"]),
        ("topics/{slug}/", ["GET", "PUT", "PATCH", "DELETE"]),
        ("questions/", ["GET", "POST"]),
        ("questions/import/", ["POST"]),
        ("questions/{pk}/", ["GET", "PUT", "PATCH", "DELETE"]),
        ("questions/{pk}/practice/", ["POST"]),
        ("attempts/", ["GET"]),
        ("attempts/{pk}/", ["GET", "DELETE"]),
        ("users/", ["GET"]),
        ("users/me/", ["GET"]),
        ("users/{pk}/", ["GET"]),
    ];

    private static async Task ShotAsync(IPage page, string name) => await page.ScreenshotAsync(
        new PageScreenshotOptions { Path = Path.Combine(BrowserFixture.ScreenshotDirectory, "interview-prep-" + name + ".png"), FullPage = true });

    private static async Task<string> TextAsync(IPage page, string selector) => await page.Locator(selector).First.InnerTextAsync();

    /// <summary>The question titles of a page, read from the JSON side of the same API.</summary>
    private async Task<List<string>> TitlesAsync(int page)
    {
        using var http = new HttpClient();
        using var json = JsonDocument.Parse(await http.GetStringAsync($"{app.Url}/api/v1/questions/?page={page}&format=json"));
        return json.RootElement.GetProperty("results").EnumerateArray().Select(q => q.GetProperty("title").GetString()!).ToList();
    }

    private static readonly JsonSerializerOptions Relaxed = new() { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>A title as the page's pretty-printed JSON shows it: a quoted JSON string.</summary>
    private static string Quoted(string title) => JsonSerializer.Serialize(title, Relaxed);

    private static void AssertShowsTitles(string text, IEnumerable<string> titles)
    {
        foreach (var title in titles)
        {
            Assert.Contains(Quoted(title), text);
        }
    }

    [Fact]
    public async Task A_visitor_browses_the_sample_logs_in_creates_a_topic_sees_an_inline_error_and_logs_out()
    {
        await using var context = await fixture.Browser.NewContextAsync();
        var page = await context.NewPageAsync();

        // The API root lists the four resources of the router as links.
        await page.GotoAsync(app.Url + "/api/v1/");
        Assert.Equal("Api Root", await TextAsync(page, "h1"));
        var root = await TextAsync(page, ".response-info");
        Assert.Contains("HTTP 200 OK", root);
        foreach (var resource in new[] { "topics", "questions", "attempts", "users" })
        {
            Assert.Equal(1, await page.GetByRole(AriaRole.Link, new() { Name = $"{app.Url}/api/v1/{resource}/", Exact = true }).CountAsync());
        }
        Assert.Equal("Log in", await TextAsync(page, "#login-link"));
        await ShotAsync(page, "01-api-root");

        // Following the questions link opens the first page of the bank, ten questions, in the order of the JSON side.
        await page.GetByRole(AriaRole.Link, new() { Name = app.Url + "/api/v1/questions/", Exact = true }).ClickAsync();
        Assert.EndsWith("/api/v1/questions/", page.Url);
        Assert.Equal("Question List", await TextAsync(page, "h1"));
        // The root crumb is named from the root view's type (PrepApiRootView), not its GetViewName(); its link is what matters here.
        Assert.Equal("Question List", (await page.Locator(".breadcrumb li").AllInnerTextsAsync())[^1]);
        Assert.Equal(["/api/v1/", "/api/v1/questions/"], await page.Locator(".breadcrumb li a").EvaluateAllAsync<string[]>("links => links.map(a => a.getAttribute('href'))"));
        var first = await TitlesAsync(1);
        Assert.Equal(10, first.Count);
        var list = await TextAsync(page, ".response-info");
        Assert.Contains("HTTP 200 OK", list);
        Assert.Contains("\"previous\": null", list);
        AssertShowsTitles(list, first);
        await ShotAsync(page, "02-questions");

        // Next pages forward through the bank until the last page, which has no next link.
        var pageNumber = 1;
        while (await page.Locator("#next-page").CountAsync() > 0)
        {
            await page.ClickAsync("#next-page");
            pageNumber++;
            Assert.EndsWith($"/api/v1/questions/?page={pageNumber}", page.Url);
            var text = await TextAsync(page, ".response-info");
            AssertShowsTitles(text, await TitlesAsync(pageNumber));
            Assert.DoesNotContain(Quoted(first[0]), text);
            Assert.True(pageNumber < 100, "the next links never end");
        }
        Assert.True(pageNumber >= 2, "the bank fits on one page, so there was nothing to page through");
        Assert.Contains("\"next\": null", await TextAsync(page, ".response-info"));
        await ShotAsync(page, "03-questions-last-page");
        await page.ClickAsync("#previous-page");
        Assert.Contains($"page={pageNumber - 1}", page.Url, StringComparison.Ordinal);

        // Anonymous visitors read topics but get no form to create one (IsAdminOrReadOnly).
        await page.GotoAsync(app.Url + "/api/v1/topics/");
        Assert.Equal("Topic List", await TextAsync(page, "h1"));
        Assert.Equal(0, await page.Locator("#post-form").CountAsync());

        // The login link leads to the login page; a wrong password is refused, the admin's is accepted and leads back.
        await page.ClickAsync("#login-link");
        Assert.Equal("Log in", await TextAsync(page, "h1"));
        await page.FillAsync("#id_username", InterviewPrepApp.AdminUser);
        await page.FillAsync("#id_password", "not the password");
        await page.ClickAsync("#submit-id-submit");
        Assert.Contains("Please enter a correct username and password.", await TextAsync(page, ".alert-danger"));
        await page.FillAsync("#id_password", InterviewPrepApp.AdminPassword);
        await ShotAsync(page, "04-login");
        await page.ClickAsync("#submit-id-submit");
        Assert.EndsWith("/api/v1/topics/", page.Url);
        Assert.Equal(InterviewPrepApp.AdminUser, await TextAsync(page, "#current-user"));
        await ShotAsync(page, "05-logged-in-topics");

        // The generated POST form creates a topic; the page shows the 201 and the new topic, markup in data shown as text.
        await page.FillAsync("#post-form #id_name", "Graph algorithms");
        await page.FillAsync("#post-form #id_slug", "graph-algorithms");
        await page.FillAsync("#post-form #id_description", "BFS, DFS & <shortest> paths");
        await page.ClickAsync("#post-form button[type=submit]");
        var created = await TextAsync(page, ".response-info");
        Assert.Contains("HTTP 201 Created", created);
        Assert.Contains("\"name\": \"Graph algorithms\"", created);
        Assert.Contains("\"slug\": \"graph-algorithms\"", created);
        Assert.Contains("\"description\": \"BFS, DFS & <shortest> paths\"", created);
        Assert.Equal(0, await page.Locator(".response-info shortest").CountAsync());
        await ShotAsync(page, "06-topic-created");

        // The topic is there on the JSON side too.
        using (var http = new HttpClient())
        {
            using var topic = JsonDocument.Parse(await http.GetStringAsync(app.Url + "/api/v1/topics/graph-algorithms/?format=json"));
            Assert.Equal("Graph algorithms", topic.RootElement.GetProperty("name").GetString());
        }

        // A duplicate slug is a 400 with the error shown inline under the slug field, the submitted values kept.
        await page.GotoAsync(app.Url + "/api/v1/topics/");
        await page.FillAsync("#post-form #id_name", "Graph theory");
        await page.FillAsync("#post-form #id_slug", "graph-algorithms");
        await page.FillAsync("#post-form #id_description", "Again");
        await page.ClickAsync("#post-form button[type=submit]");
        Assert.Contains("HTTP 400 Bad Request", await TextAsync(page, ".response-info"));
        Assert.Equal(1, await page.Locator("#post-form .has-error").CountAsync());
        Assert.Equal(1, await page.Locator("#post-form .has-error #id_slug").CountAsync());
        Assert.Equal("topic with this slug already exists.", await TextAsync(page, "#post-form .has-error .help-block.error"));
        Assert.Equal("Graph theory", await page.InputValueAsync("#post-form #id_name"));
        Assert.Equal("graph-algorithms", await page.InputValueAsync("#post-form #id_slug"));
        Assert.Equal("Again", await page.InputValueAsync("#post-form #id_description"));
        await ShotAsync(page, "07-inline-validation-error");

        // Log out: back on the page, anonymous again, no form.
        await page.ClickAsync("#logout-link");
        Assert.EndsWith("/api/v1/topics/", page.Url);
        Assert.Equal("Log in", await TextAsync(page, "#login-link"));
        Assert.Equal(0, await page.Locator("#current-user").CountAsync());
        Assert.Equal(0, await page.Locator("#post-form").CountAsync());
        await ShotAsync(page, "08-logged-out");
    }

    [Theory]
    [InlineData("/openapi.json", "/api/{version}/")]
    [InlineData("/openapi/v1.json", "/api/v1/")]
    [InlineData("/openapi/v2.json", "/api/v2/")]
    public async Task Openapi_document_has_every_route_and_method_of_the_router_and_reads_without_errors(string documentPath, string prefix)
    {
        using var http = new HttpClient();
        using var response = await http.GetAsync(app.Url + documentPath);
        Assert.True(response.IsSuccessStatusCode, $"{documentPath}: {(int)response.StatusCode}\n{app.Log}");
        await using var stream = await response.Content.ReadAsStreamAsync();

        var result = await OpenApiDocument.LoadAsync(stream, "json", new OpenApiReaderSettings());

        Assert.Empty(result.Diagnostic?.Errors ?? []);
        var document = result.Document!;
        Assert.Empty(document.Validate(ValidationRuleSet.GetDefaultRuleSet()) ?? []);
        var expected = RouterRoutes.SelectMany(r => r.Methods.Select(m => $"{m} {prefix}{r.Path}")).Order().ToList();
        var actual = document.Paths.SelectMany(p => p.Value.Operations!.Keys.Select(m => $"{m.Method} {p.Key}")).Order().ToList();
        Assert.Equal(expected, actual);
    }

    [Fact]
    public async Task Openapi_topic_schema_matches_the_topic_serializer()
    {
        using var http = new HttpClient();
        await using var stream = await http.GetStreamAsync(app.Url + "/openapi/v1.json");
        var document = (await OpenApiDocument.LoadAsync(stream, "json", new OpenApiReaderSettings())).Document!;

        var topic = document.Components!.Schemas!["Topic"];

        Assert.Equal(["id", "name", "slug", "description"], topic.Properties!.Keys);
        Assert.Equal(["name", "slug"], topic.Required!.Order());
        Assert.True(topic.Properties["id"].ReadOnly);
        Assert.Equal(JsonSchemaType.Integer, topic.Properties["id"].Type);
        Assert.Equal(100, topic.Properties["name"].MaxLength);
        Assert.Equal(50, topic.Properties["slug"].MaxLength);
        Assert.Equal("^[-a-zA-Z0-9_]+$", topic.Properties["slug"].Pattern);
        Assert.False(topic.Properties["description"].ReadOnly);
        var create = document.Paths["/api/v1/topics/"].Operations![HttpMethod.Post];
        Assert.Equal(["application/json", "application/x-www-form-urlencoded", "multipart/form-data"], create.RequestBody!.Content!.Keys);
        Assert.Equal("Topic", ((OpenApiSchemaReference)create.Responses!["201"].Content!["application/json"].Schema!).Reference.Id);
    }
}
