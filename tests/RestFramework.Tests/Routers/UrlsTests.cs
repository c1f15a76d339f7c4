using Microsoft.AspNetCore.Builder;
using RestFramework.Routers;
using RestFramework.Testing;
using RestFramework.Tests.ViewSets;

namespace RestFramework.Tests.Routers;

public sealed class UrlsTests
{
    private static Task<ApiTestHost> StartAsync(string prefix = "api", Type? versioning = null) => ApiTestHost.StartAsync(
        e =>
        {
            e.MapRouter(prefix, new DefaultRouter().Register<QuestionViewSet>("questions", "question").Register<LinkingViewSet>("links", "link"));
            e.MapView<ReverseView>(prefix + "/reverse/");
        },
        o => o.DefaultVersioning = versioning);

    [Theory]
    [InlineData("/api/reverse/?name=question-list", "http://localhost/api/questions/")]
    [InlineData("/api/reverse/?name=question-detail&pk=3", "http://localhost/api/questions/3/")]
    [InlineData("/api/reverse/?name=question-detail&pk=3&as=json", "http://localhost/api/questions/3.json")]
    [InlineData("/api/reverse/?name=question-list&format=json", "http://localhost/api/questions/?format=json")]
    [InlineData("/api/reverse/?name=question-list&as=json&format=json", "http://localhost/api/questions.json?format=json")]
    public async Task Reverse_with_a_request_gives_absolute_urls(string path, string url)
    {
        await using var host = await StartAsync();
        using var client = host.CreateClient();

        var response = await client.GetAsync(path);

        Assert.Equal(url, (string?)response.Json()!["url"]);
    }

    [Theory]
    [InlineData("/api/reverse/?name=nope", "Reverse for 'nope' not found. 'nope' is not a valid view function or pattern name.")]
    [InlineData("/api/reverse/?name=question-detail", "Reverse for 'question-detail' with keyword arguments '{}' not found.")]
    [InlineData("/api/reverse/?name=question-detail&pk=a.b", "Reverse for 'question-detail' with keyword arguments '{'pk': 'a.b'}' not found.")]
    public async Task Reverse_raises_no_reverse_match_as_django(string path, string message)
    {
        await using var host = await StartAsync();
        using var client = host.CreateClient();

        var response = await client.GetAsync(path);

        Assert.Equal(message, (string?)response.Json()!["error"]);
    }

    [Fact]
    public async Task A_versioning_scheme_adds_the_version()
    {
        await using var host = await StartAsync("api/{version}", typeof(FakePathVersioning));
        using var client = host.CreateClient();

        var root = await client.GetAsync("/api/v2/");
        var reversed = await client.GetAsync("/api/v1/reverse/?name=question-detail&pk=9");

        Assert.Equal("{\"questions\":\"http://localhost/api/v2/questions/\",\"links\":\"http://localhost/api/v2/links/\"}", root.Text);
        Assert.Equal("http://localhost/api/v1/questions/9/", (string?)reversed.Json()!["url"]);
    }

    [Fact]
    public async Task Route_values_of_the_request_carry_over_without_versioning()
    {
        await using var host = await StartAsync("api/{version}");
        using var client = host.CreateClient();

        var root = await client.GetAsync("/api/v7/.json");

        Assert.Equal("http://localhost/api/v7/questions.json", (string?)root.Json()!["questions"]);
    }

    [Fact]
    public async Task A_versioning_scheme_completes_the_url()
    {
        await using var host = await StartAsync(versioning: typeof(FakeQueryVersioning));
        using var client = host.CreateClient();

        var response = await client.GetAsync("/api/reverse/?name=question-list&version=v2");

        Assert.Equal("http://localhost/api/questions/?version=v2", (string?)response.Json()!["url"]);
    }

    [Fact]
    public async Task Viewsets_reverse_their_own_actions()
    {
        await using var host = await StartAsync();
        using var client = host.CreateClient();

        var response = await client.GetAsync("/api/links/");

        Assert.Equal(
            "{\"list\":\"http://localhost/api/links/\",\"detail\":\"http://localhost/api/links/5/\",\"touch\":\"http://localhost/api/links/5/touch/\"}",
            response.Text);
    }

    [Theory]
    [InlineData("http://h/a/", "format", "json", "http://h/a/?format=json")]
    [InlineData("http://h/a/?page=2&b=1", "format", "json", "http://h/a/?b=1&format=json&page=2")]
    [InlineData("http://h/a/?format=api", "format", "json", "http://h/a/?format=json")]
    [InlineData("http://h/a/?q=a b#top", "format", "j", "http://h/a/?format=j&q=a+b#top")]
    public void Query_parameters_are_replaced_and_sorted_as_drf(string url, string key, string value, string expected) =>
        Assert.Equal(expected, QueryStrings.Replace(url, key, value));
}
