using Microsoft.AspNetCore.Builder;
using RestFramework.Requests;
using RestFramework.Responses;
using RestFramework.Testing;
using RestFramework.Views;

namespace RestFramework.Tests.Views;

public sealed class ApiViewTests
{
    private sealed class HelloView : ApiView
    {
        protected override ValueTask<Response> GetAsync(Request request) =>
            ValueTask.FromResult(new Response(new Dictionary<string, object?> { ["hello"] = "world" }));
    }

    [Fact]
    public async Task Get_renders_compact_json_without_charset()
    {
        await using var host = await ApiTestHost.StartAsync(e => e.MapView<HelloView>("hello/"));
        using var client = host.CreateClient();

        var response = await client.GetAsync("/hello/");

        Assert.Equal(200, response.StatusCode);
        Assert.Equal("application/json", response.ContentType);
        Assert.Equal("{\"hello\":\"world\"}", response.Text);
        Assert.Equal("GET, HEAD, OPTIONS", response.Header("Allow"));
    }
}
