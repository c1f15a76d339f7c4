// The hostile-input corpus, reads: paths, ids, injection strings, ordering, paging, Accept, Authorization, methods, repeats.
using RestFramework.Testing;

namespace InterviewPrep.Tests.Api;

public sealed partial class HostileInputTests
{
    private const string NotFound = "{\"detail\":\"Not found.\"}";

    // Kestrel removes dot segments, escaped ones too, before routing (Django routes them and finds nothing): a path stays
    // within the app's own routes, and never reaches a file.
    [Theory]
    [InlineData("/api/v1/questions/%2e%2e%2f%2e%2e%2fetc%2fpasswd/", 404)]
    [InlineData("/api/v1/questions/..%5c..%5cwindows%5cwin.ini/", 404)]
    [InlineData("/api/v1/topics/%2e%2e/", 200)]
    [InlineData("/api/v1/questions/1/%2e%2e/%2e%2e/users/", 200)]
    [InlineData("/api/v1/questions/%2e%2e/%2e%2e/%2e%2e/%2e%2e/appsettings.json", 404)]
    [InlineData("/api/v1/..%2f..%2fetc/passwd", 404)]
    [InlineData("/static/..%2f..%2fappsettings.json", 404)]
    public async Task Path_traversal_reaches_nothing(string path, int status)
    {
        var response = await app.Admin.GetAsync(path);
        Assert.Equal(status, response.StatusCode);
        Assert.DoesNotContain("ConnectionStrings", response.Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/api/v1/questions/abc/")]
    [InlineData("/api/v1/questions/-1/")]
    [InlineData("/api/v1/questions/0/")]
    [InlineData("/api/v1/questions/1.5/")]
    [InlineData("/api/v1/questions/0x1/")]
    [InlineData("/api/v1/questions/99999999999999999999999/")]
    [InlineData("/api/v1/questions/9223372036854775808/")]
    [InlineData("/api/v1/questions/1%20OR%201=1/")]
    [InlineData("/api/v1/attempts/99999999999999999999999/")]
    [InlineData("/api/v1/users/99999999999999999999999/")]
    [InlineData("/api/v1/topics/%27%20OR%20%271%27=%271/")]
    public async Task Ids_that_name_no_row_are_not_found(string path) =>
        await AssertAnswer(app.Admin, "GET", path, null, [], 404, NotFound);

    // Injection strings are values like any other: they match nothing and change nothing (LIKE wildcards match themselves:
    // six questions of the bank have an underscore).
    [Theory]
    [InlineData("search=%27%20OR%201%3D1%20--", 0)]
    [InlineData("search=%22%3B%20DROP%20TABLE%20questions%3B%20--", 0)]
    [InlineData("topic__slug=%27%20OR%20%271%27%3D%271", 0)]
    [InlineData("search=%25", 0)]
    [InlineData("search=_", 6)]
    [InlineData("ordering=title%3B%20DROP%20TABLE%20questions", 23)]
    [InlineData("ordering=(SELECT%201)", 23)]
    [InlineData("frequency_rank__gte=99999999999999999999999", 0)]
    [InlineData("frequency_rank__lte=-99999999999999999999999", 0)]
    public async Task Sql_injection_strings_match_nothing(string query, int count)
    {
        var response = await app.Anonymous.GetAsync(Questions + "?" + query);
        var all = await app.Anonymous.GetAsync(Questions + "?page_size=1");

        Assert.Equal((200, count), (response.StatusCode, response.Json()!["count"]!.GetValue<int>()));
        Assert.True(all.Json()!["count"]!.GetValue<int>() >= 23);
    }

    [Theory]
    [InlineData("ordering=password", "What is Django REST framework, and why use it instead of plain Django?")]
    [InlineData("ordering=-", "What is Django REST framework, and why use it instead of plain Django?")]
    [InlineData("ordering=,,,", "What is Django REST framework, and why use it instead of plain Django?")]
    [InlineData("ordering=topic__secret", "What is Django REST framework, and why use it instead of plain Django?")]
    [InlineData("ordering=LONG", "What is Django REST framework, and why use it instead of plain Django?")]
    [InlineData("ordering=-frequency_rank,-frequency_rank", null)]
    public async Task Ordering_by_unknown_fields_is_ignored(string query, string? first)
    {
        var response = await app.Anonymous.GetAsync(Questions + "?" + query.Replace("LONG", new string('a', 5000), StringComparison.Ordinal));
        Assert.Equal(200, response.StatusCode);
        if (first is not null)
        {
            Assert.Equal(first, response.Json()!["results"]![0]!["title"]!.GetValue<string>());
        }
    }

    [Theory]
    [InlineData("page=0", 404, "{\"detail\":\"Invalid page.\"}")]
    [InlineData("page=-1", 404, "{\"detail\":\"Invalid page.\"}")]
    [InlineData("page=99999999999999999999999", 404, "{\"detail\":\"Invalid page.\"}")]
    [InlineData("page=1e3", 404, "{\"detail\":\"Invalid page.\"}")]
    [InlineData("page=%00", 404, "{\"detail\":\"Invalid page.\"}")]
    [InlineData("page=LONG", 404, "{\"detail\":\"Invalid page.\"}")]
    public async Task Paging_out_of_range_is_an_invalid_page(string query, int status, string expected) =>
        await AssertAnswer(app.Anonymous, "GET", Questions + "?" + query.Replace("LONG", new string('9', 5000), StringComparison.Ordinal), null, [], status, expected);

    [Theory]
    [InlineData("page_size=0", 10)]
    [InlineData("page_size=-1", 10)]
    [InlineData("page_size=abc", 10)]
    [InlineData("page_size=99999999999999999999999", 23)]
    [InlineData("page_size=1000", 23)]
    [InlineData("page_size=1e3", 10)]
    [InlineData("page_size=2&page_size=3", 3)]
    [InlineData("page=1&page=2&page_size=20", 3)]
    public async Task Page_sizes_fall_back_or_are_capped(string query, int results)
    {
        var response = await app.Anonymous.GetAsync(Questions + "?" + query);
        Assert.Equal((200, results), (response.StatusCode, response.Json()!["results"]!.AsArray().Count));
    }

    [Theory]
    [InlineData("application/xml", 406, "{\"detail\":\"Could not satisfy the request Accept header.\"}")]
    [InlineData("image/png, text/csv", 406, "{\"detail\":\"Could not satisfy the request Accept header.\"}")]
    [InlineData(";;;,,,", 406, "{\"detail\":\"Could not satisfy the request Accept header.\"}")]
    [InlineData("application/json; version=v9", 200, "{\"username\":\"admin\"}")]
    [InlineData("*/*; q=abc", 200, "{\"username\":\"admin\"}")]
    [InlineData("application/*", 200, "{\"username\":\"admin\"}")]
    [InlineData("LONG", 406, "{\"detail\":\"Could not satisfy the request Accept header.\"}")]
    public async Task Accept_headers(string accept, int status, string expected)
    {
        var response = await app.Admin.GetAsync("/api/v1/users/me/", headers: new Dictionary<string, string> { ["Accept"] = accept.Replace("LONG", string.Join(",", Enumerable.Repeat("x/y", 1000)), StringComparison.Ordinal) });
        Assert.Equal(status, response.StatusCode);
        Assert.Equal(expected, status == 200 ? $"{{\"username\":\"{response.Json()!["username"]}\"}}" : response.Text);
    }

    [Theory]
    [InlineData("Token", 401, "{\"detail\":\"Invalid token header. No credentials provided.\"}")]
    [InlineData("Token ", 401, "{\"detail\":\"Invalid token header. No credentials provided.\"}")]
    [InlineData("Token a b", 401, "{\"detail\":\"Invalid token header. Token string should not contain spaces.\"}")]
    [InlineData("Token 0000000000000000000000000000000000000000", 401, "{\"detail\":\"Invalid token.\"}")]
    [InlineData("Token ' OR '1'='1", 401, "{\"detail\":\"Invalid token header. Token string should not contain spaces.\"}")]
    [InlineData("Token LONG", 401, "{\"detail\":\"Invalid token.\"}")]
    [InlineData("token 0000000000000000000000000000000000000000", 401, "{\"detail\":\"Invalid token.\"}")]
    [InlineData("Bearer 0000000000000000000000000000000000000000", 401, "{\"detail\":\"Authentication credentials were not provided.\"}")]
    [InlineData("Basic YWRtaW46YWRtaW4tcGFzcy0xMjM=", 401, "{\"detail\":\"Authentication credentials were not provided.\"}")]
    [InlineData("", 401, "{\"detail\":\"Authentication credentials were not provided.\"}")]
    public async Task Authorization_variants(string authorization, int status, string expected)
    {
        using var client = app.Client(null);
        var headers = new Dictionary<string, string> { ["Authorization"] = authorization.Replace("LONG", new string('f', 5000), StringComparison.Ordinal) };
        var response = await client.GetAsync("/api/v1/users/me/", headers: headers);
        Assert.Equal((status, expected), (response.StatusCode, response.Text));
        Assert.Equal("Token", response.Header("WWW-Authenticate"));
    }

    [Theory]
    [InlineData("PATCH", Questions, 405, "{\"detail\":\"Method \\\"PATCH\\\" not allowed.\"}")]
    [InlineData("DELETE", Questions, 405, "{\"detail\":\"Method \\\"DELETE\\\" not allowed.\"}")]
    [InlineData("PUT", "/api/v1/attempts/1/", 405, "{\"detail\":\"Method \\\"PUT\\\" not allowed.\"}")]
    [InlineData("POST", "/api/v1/users/", 405, "{\"detail\":\"Method \\\"POST\\\" not allowed.\"}")]
    [InlineData("TRACE", Questions, 405, "{\"detail\":\"Method \\\"TRACE\\\" not allowed.\"}")]
    [InlineData("FOO", Questions, 405, "{\"detail\":\"Method \\\"FOO\\\" not allowed.\"}")]
    [InlineData("GET", "/api/v1/questions/import/", 405, "{\"detail\":\"Method \\\"GET\\\" not allowed.\"}")]
    public async Task Methods_not_allowed(string method, string path, int status, string expected) =>
        await AssertAnswer(app.Admin, method, path, null, [], status, expected);

    [Theory]
    [InlineData("level=junior&level=senior", "senior")]
    [InlineData("level=senior&level=junior", "junior")]
    [InlineData("ordering=title&ordering=-frequency_rank", null)]
    public async Task Repeated_parameters_take_the_last_value(string query, string? level)
    {
        var response = await app.Anonymous.GetAsync(Questions + "?page_size=100&" + query);
        var results = response.Json()!["results"]!.AsArray();
        Assert.Equal(200, response.StatusCode);
        if (level is not null)
        {
            Assert.All(results, r => Assert.Equal(level, r!["level"]!.GetValue<string>()));
        }
        else
        {
            var ranks = results.Select(r => r!["frequency_rank"]!.GetValue<long>()).ToList();
            Assert.Equal(ranks.OrderDescending(), ranks);
        }
    }
}
