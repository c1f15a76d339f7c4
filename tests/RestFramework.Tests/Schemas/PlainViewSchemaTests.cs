using Microsoft.AspNetCore.Builder;
using Microsoft.OpenApi;
using Microsoft.OpenApi.Reader;
using RestFramework.Requests;
using RestFramework.Responses;
using RestFramework.Schemas;
using RestFramework.Testing;
using RestFramework.Views;

namespace RestFramework.Tests.Schemas;

public sealed class PlainViewSchemaTests
{
    private sealed class StudyPlanView : ApiView
    {
        protected override ValueTask<Response> GetAsync(Request request) => ValueTask.FromResult(new Response("plan"));

        protected override ValueTask<Response> PostAsync(Request request) => ValueTask.FromResult(new Response("plan", 201));
    }

    [ExcludeFromSchema]
    private sealed class HiddenView : ApiView
    {
        protected override ValueTask<Response> GetAsync(Request request) => ValueTask.FromResult(new Response("hidden"));
    }

    [Fact]
    public async Task Views_mapped_with_map_view_are_described_unless_excluded()
    {
        await using var host = await ApiTestHost.StartAsync(e =>
        {
            e.MapView<StudyPlanView>("plans/{day}/");
            e.MapView<HiddenView>("hidden/");
            e.MapOpenApiDocument();
        });
        using var client = host.CreateClient();

        var response = await client.GetAsync("/openapi.json");
        var result = await OpenApiDocument.LoadAsync(new MemoryStream(response.Content), "json", new OpenApiReaderSettings());

        Assert.Empty(result.Diagnostic?.Errors ?? []);
        var paths = result.Document!.Paths;
        Assert.Equal(["/plans/{day}/"], paths.Keys);
        var operations = paths["/plans/{day}/"].Operations!;
        Assert.Equal(["GET", "POST"], operations.Keys.Select(m => m.Method));
        Assert.Equal("getStudyPlan", operations[HttpMethod.Get].OperationId);
        Assert.Equal(["201"], operations[HttpMethod.Post].Responses!.Keys);
        Assert.Equal("day", Assert.Single(operations[HttpMethod.Get].Parameters!).Name);
    }
}
