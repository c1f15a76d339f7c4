using Microsoft.AspNetCore.Builder;
using RestFramework.Exceptions;
using RestFramework.Parsers;
using RestFramework.Requests;
using RestFramework.Responses;
using RestFramework.Testing;
using RestFramework.Tests.ViewSets;

namespace RestFramework.Tests.Decorators;

public sealed class FunctionViewEndpointRouteBuilderExtensionsTests
{
    private static Response HelloWorld(Request request) => new(new Dictionary<string, object?> { ["message"] = "Hello, world!", ["method"] = request.Method });

    private static Response Missing(Request request) => throw new NotFound();

    private static Task<ApiTestHost> StartAsync() => ApiTestHost.StartAsync(e =>
    {
        e.MapApiView("hello/", ["GET", "POST"], HelloWorld);
        e.MapApiView("items/{id}/", ["GET", "HEAD"], async request =>
        {
            await Task.Yield();
            return new Response(new Dictionary<string, object?> { ["id"] = request.Kwargs["id"] });
        });
        e.MapApiView("missing/", ["GET"], Missing);
        e.MapApiView("denied/", ["GET"], HelloWorld, o => o.PermissionTypes = [typeof(DenyAll)]);
        e.MapApiView("private/", ["GET"], HelloWorld, o =>
        {
            o.AuthenticationTypes = [typeof(HeaderAuthentication)];
            o.PermissionTypes = [typeof(MustBeAuthenticated)];
        });
        e.MapApiView("throttled/", ["GET"], HelloWorld, o => o.ThrottleTypes = [typeof(RefuseAllThrottle)]);
        e.MapApiView("text/", ["GET"], _ => new Response("plain words"), o => o.RendererTypes = [typeof(PlainTextRenderer)]);
        e.MapApiView("json-only/", ["POST"], request => new Response(request.Data), o =>
        {
            o.ParserTypes = [typeof(JsonParser)];
            o.Name = "Json Only";
            o.Description = "Takes JSON.";
        });
    });

    // Django's path("", api_root) is the site's root, "/" (the tutorial's part 5 maps its API root so).
    [Theory]
    [InlineData("", "/", 200)]
    [InlineData("api/", "/api/", 200)]
    [InlineData("api/", "/api", 301)]
    public async Task A_view_mapped_at_the_empty_pattern_answers_the_root(string group, string path, int status)
    {
        await using var host = await ApiTestHost.StartAsync(e => e.MapGroup(group).MapApiView("", ["GET"], HelloWorld));
        using var client = host.CreateClient();

        var response = await client.GetAsync(path);

        Assert.Equal(status, response.StatusCode);
    }

    [Theory]
    [InlineData("GET")]
    [InlineData("POST")]
    public async Task Listed_methods_call_the_function(string method)
    {
        await using var host = await StartAsync();
        using var client = host.CreateClient();

        var response = await client.SendAsync(new HttpMethod(method), "/hello/", null);

        Assert.Equal(200, response.StatusCode);
        Assert.Equal($"{{\"message\":\"Hello, world!\",\"method\":\"{method}\"}}", response.Text);
        Assert.Equal("GET, POST, OPTIONS", response.Header("Allow"));
    }

    [Theory]
    [InlineData("PUT")]
    [InlineData("DELETE")]
    [InlineData("HEAD")]
    public async Task Other_methods_get_405_with_the_listed_methods_allowed(string method)
    {
        await using var host = await StartAsync();
        using var client = host.CreateClient();

        var response = await client.SendAsync(new HttpMethod(method), "/hello/", null);

        Assert.Equal(405, response.StatusCode);
        Assert.Equal("GET, POST, OPTIONS", response.Header("Allow"));
        if (method != "HEAD")
        {
            Assert.Equal($"{{\"detail\":\"Method \\\"{method}\\\" not allowed.\"}}", response.Text);
        }
    }

    [Fact]
    public async Task Head_is_answered_when_listed_and_route_values_reach_the_function()
    {
        await using var host = await StartAsync();
        using var client = host.CreateClient();

        var head = await client.HeadAsync("/items/7/");
        var get = await client.GetAsync("/items/7/");

        Assert.Equal(200, head.StatusCode);
        Assert.Empty(head.Content);
        Assert.Equal("{\"id\":\"7\"}", get.Text);
        Assert.Equal("GET, HEAD, OPTIONS", get.Header("Allow"));
    }

    [Theory]
    [InlineData("/hello/", "Hello World", "")]
    [InlineData("/items/1/", "Items", "")]
    [InlineData("/json-only/", "Json Only", "Takes JSON.")]
    public async Task Options_describes_the_function(string path, string name, string description)
    {
        await using var host = await StartAsync();
        using var client = host.CreateClient();

        var json = (await client.OptionsAsync(path)).Json()!;

        Assert.Equal(name, (string?)json["name"]);
        Assert.Equal(description, (string?)json["description"]);
    }

    [Fact]
    public async Task Api_exceptions_become_drf_errors()
    {
        await using var host = await StartAsync();
        using var client = host.CreateClient();

        var response = await client.GetAsync("/missing/");

        Assert.Equal(404, response.StatusCode);
        Assert.Equal("{\"detail\":\"Not found.\"}", response.Text);
    }

    [Fact]
    public async Task Permission_classes_apply()
    {
        await using var host = await StartAsync();
        using var client = host.CreateClient();

        var response = await client.GetAsync("/denied/");

        Assert.Equal(403, response.StatusCode);
        Assert.Equal("{\"detail\":\"Custom deny.\"}", response.Text);
    }

    [Fact]
    public async Task Authentication_classes_apply_with_their_challenge()
    {
        await using var host = await StartAsync();
        using var client = host.CreateClient();

        var anonymous = await client.GetAsync("/private/");
        var known = await client.GetAsync("/private/", headers: new Dictionary<string, string> { ["X-User"] = "ada" });

        Assert.Equal(401, anonymous.StatusCode);
        Assert.Equal("{\"detail\":\"Authentication credentials were not provided.\"}", anonymous.Text);
        Assert.Equal("Fake", anonymous.Header("WWW-Authenticate"));
        Assert.Equal(200, known.StatusCode);
    }

    [Fact]
    public async Task Throttle_classes_apply()
    {
        await using var host = await StartAsync();
        using var client = host.CreateClient();

        var response = await client.GetAsync("/throttled/");

        Assert.Equal(429, response.StatusCode);
        Assert.Equal("{\"detail\":\"Request was throttled. Expected available in 5 seconds.\"}", response.Text);
        Assert.Equal("5", response.Header("Retry-After"));
    }

    [Fact]
    public async Task Renderer_classes_apply()
    {
        await using var host = await StartAsync();
        using var client = host.CreateClient();

        var response = await client.GetAsync("/text/");

        Assert.Equal("text/plain; charset=utf-8", response.ContentType);
        Assert.Equal("plain words", response.Text);
    }

    [Fact]
    public async Task Parser_classes_apply()
    {
        await using var host = await StartAsync();
        using var client = host.CreateClient();

        var json = await client.PostAsync("/json-only/", new { a = 1 });
        var form = await client.PostAsync("/json-only/", new { a = 1 }, format: "form");

        Assert.Equal("{\"a\":1}", json.Text);
        Assert.Equal(415, form.StatusCode);
        Assert.Equal("{\"detail\":\"Unsupported media type \\\"application/x-www-form-urlencoded\\\" in request.\"}", form.Text);
    }

    [Fact]
    public async Task Paths_without_the_trailing_slash_redirect()
    {
        await using var host = await StartAsync();
        using var client = host.CreateClient();

        var response = await client.GetAsync("/hello");

        Assert.Equal(301, response.StatusCode);
        Assert.Equal("/hello/", response.Header("Location"));
    }
}
