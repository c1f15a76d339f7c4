using Microsoft.AspNetCore.Builder;
using Microsoft.OpenApi;
using Microsoft.OpenApi.Reader;
using RestFramework.Requests;
using RestFramework.Responses;
using RestFramework.Routers;
using RestFramework.Testing;
using RestFramework.Tests.Generics;
using RestFramework.ViewSets;

namespace RestFramework.Tests.Schemas;

public sealed class ActionSerializerSchemaTests
{
    public sealed class RankedNoteViewSet : ModelViewSet<Note>
    {
        public override Type GetSerializerType() => Action == "rank" ? typeof(CategorySerializer) : typeof(NoteSerializer);

        [Action(Detail = true, Methods = ["post"])]
        public ValueTask<Response> RankAsync(Request request) => ValueTask.FromResult(new Response(null));
    }

    [Fact]
    public async Task Each_operation_describes_the_serializer_of_its_action()
    {
        await using var host = await ApiTestHost.StartAsync(
            e =>
            {
                e.MapRouter("api", new SimpleRouter().Register<RankedNoteViewSet>("notes", "note"));
                e.MapOpenApiDocument();
            },
            services: NotesDb.Register);
        using var client = host.CreateClient();

        var response = await client.GetAsync("/openapi.json");
        var document = (await OpenApiDocument.LoadAsync(new MemoryStream(response.Content), "json", new OpenApiReaderSettings())).Document!;

        var rank = document.Paths["/api/notes/{pk}/rank/"].Operations![HttpMethod.Post];
        var create = document.Paths["/api/notes/"].Operations![HttpMethod.Post];
        Assert.Contains("Category", Reference(rank), StringComparison.Ordinal);
        Assert.Contains("Note", Reference(create), StringComparison.Ordinal);
    }

    private static string Reference(OpenApiOperation operation) =>
        ((OpenApiSchemaReference)operation.RequestBody!.Content!["application/json"].Schema!).Reference.Id!;
}
